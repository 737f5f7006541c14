// Starts the local fleet (dispatcher + four capability Workers) with wrangler's
// multi-config dev: the dispatcher is served over HTTP, the workers sit behind
// its service bindings, all on one local D1 under the dispatcher's state dir.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { WORKERS } from "../../shared/src/registry/graph-spec.ts";

export const ROOT = path.join(import.meta.dirname, "../..");
/** The token the local fleet accepts; production has no default token. */
export const DEV_TOKEN = "dev-local-token";
const WRANGLER = path.join(ROOT, "node_modules/.bin/wrangler");

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export interface FleetOptions {
  port: number;
  /** Local state directory (D1 data); default: wrangler's, under .wrangler/state. */
  persistTo?: string;
  /** Extra `--var` bindings for the dispatcher. */
  vars?: Record<string, string>;
  /** Print wrangler's output (dev) or keep it quiet (tests, benchmarks). */
  inheritOutput?: boolean;
}

const persistArgs = (o: FleetOptions) => (o.persistTo ? ["--persist-to", o.persistTo] : []);

/** Applies migrations/ to the local D1 the fleet will use. */
export function migrateLocal(o: FleetOptions): void {
  const res = spawnSync(WRANGLER, ["d1", "migrations", "apply", "agentic-sales", "--local", "-c", "wrangler.toml", ...persistArgs(o)], {
    cwd: ROOT,
    stdio: o.inheritOutput ? "inherit" : "pipe",
    env: { ...process.env, CI: "true" },
  });
  if (res.status !== 0) throw new Error(`D1 migrations failed:\n${res.stderr?.toString() ?? ""}`);
}

export interface Fleet {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Spawns `wrangler dev` for the whole fleet and resolves once `/ok` answers. */
export function startFleet(o: FleetOptions): Promise<Fleet> {
  const vars = { LANGGRAPH_DISPATCHER_SECRET_SHA256: sha256(DEV_TOKEN), ...o.vars };
  const configs = ["wrangler.toml", ...WORKERS.map((w) => `workers/${w}/wrangler.toml`)];
  return startWrangler(configs, o, vars);
}

/** One capability Worker on its own port (benchmarks compare it with the dispatcher hop). */
export function startWorker(worker: (typeof WORKERS)[number], o: FleetOptions): Promise<Fleet> {
  return startWrangler([`workers/${worker}/wrangler.toml`], o, o.vars ?? {});
}

async function startWrangler(configs: string[], o: FleetOptions, vars: Record<string, string>): Promise<Fleet> {
  const args = [
    "dev",
    ...configs.flatMap((c) => ["-c", c]),
    "--ip", "127.0.0.1",
    "--port", String(o.port),
    "--test-scheduled",
    "--show-interactive-dev-session=false",
    ...persistArgs(o),
    ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
  ];
  const child = spawn(WRANGLER, args, { cwd: ROOT, stdio: o.inheritOutput ? "inherit" : "pipe", env: process.env, detached: !o.inheritOutput });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${o.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      try {
        if (o.inheritOutput) child.kill("SIGINT");
        else process.kill(-child.pid!, "SIGINT");
      } catch {
        resolve();
      }
    });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    try {
      if ((await fetch(`${url}/ok`)).ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url}/ok within 120 s:\n${output.slice(-4000)}`);
}
