// Live capability Workers for the evals project, started at most once per run
// and only when an eval asks for one. Site-reading graphs (contact_discovery,
// company_enrich, company_problems) are evaluated for real: wrangler dev →
// workerd, HTMLRewriter, outbound fetch to the loopback fixture web. Node has
// no HTMLRewriter, so these graphs cannot be invoked in-process.
//
// This setup serves a small loopback broker and provides its URL
// (`inject("evalsLiveWorkers")`); `GET /workers/<name>` answers `{ url }` once
// that Worker is up (one fixture web shared by all), or `{ error }` with
// wrangler's output when it could not start. Every eval file that needs a
// Worker shares the one instance. The Workers named by `liveWorker("…")` in
// the files of this run start at once, side by side, while the in-process
// evals run; any other is started on its first request; a run that needs none
// starts none.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startWorker, type Fleet } from "../../scripts/lib/fleet.ts";
import { startFixtureWeb, type FixtureWeb } from "../../test/fakes/fixture-web.ts";

/** The Workers an eval may ask for. */
export const LIVE_WORKERS = ["discovery", "enrichment"] as const;
export type LiveWorkerName = (typeof LIVE_WORKERS)[number];

interface Started {
  readonly fleet: Fleet;
  readonly state: string;
}

let broker: Server | undefined;
let web: Promise<FixtureWeb> | undefined;
const started = new Map<LiveWorkerName, Promise<Started>>();

/** A free loopback port: listen on 0, read it, close. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One Worker pointed at the fixture web (`SITE_ORIGIN_TEMPLATE`, `DOH_URL`), on
 * fresh local state. Its inspector takes any free port (wrangler's default
 * probes from 9229 up and races any other `wrangler dev` starting at the same
 * moment, e.g. the e2e fleet); a start that still meets "Address already in
 * use" (the HTTP port taken between probe and bind) is tried again, up to three times.
 */
async function start(worker: LiveWorkerName): Promise<Started> {
  web ??= startFixtureWeb();
  const { originTemplate, dohUrl } = await web;
  for (let attempt = 1; ; attempt++) {
    const state = mkdtempSync(path.join(tmpdir(), `agentic-sales-eval-${worker}-`));
    try {
      const fleet = await startWorker(worker, {
        port: await freePort(),
        inspectorPort: 0,
        persistTo: state,
        vars: { SITE_ORIGIN_TEMPLATE: originTemplate, DOH_URL: dohUrl, FETCH_TIMEOUT_MS: "3000" },
      });
      return { fleet, state };
    } catch (error) {
      rmSync(state, { recursive: true, force: true });
      if (attempt >= 3 || !String(error).includes("Address already in use")) throw error;
    }
  }
}

function ensure(worker: LiveWorkerName): Promise<Started> {
  let pending = started.get(worker);
  if (!pending) {
    pending = start(worker);
    started.set(worker, pending);
  }
  return pending;
}

/** The live Workers the given test files ask for (`liveWorker("…")` in their source), in order of first mention. */
export function workersNamedIn(files: readonly string[]): LiveWorkerName[] {
  const named = new Set<string>();
  for (const file of files) {
    if (!/[\\/]evals[\\/]/.test(file)) continue;
    let source = "";
    try {
      source = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const match of source.matchAll(/\bliveWorker\(\s*["'`]([a-z]+)["'`]\s*\)/g)) named.add(match[1]!);
  }
  return [...named].filter((worker): worker is LiveWorkerName => (LIVE_WORKERS as readonly string[]).includes(worker));
}

export async function setup(project: TestProject) {
  // The run's test files are known before global setup (an experimental API:
  // without it every Worker simply starts on its first request).
  const files = (project.vitest.state as { getPaths?: () => string[] } | undefined)?.getPaths?.() ?? [];
  // One after the other: less contention on a small machine.
  void workersNamedIn(files).reduce<Promise<unknown>>((previous, worker) => previous.then(() => ensure(worker).catch(() => undefined)), Promise.resolve());
  broker = createServer((req, res) => {
    const worker = /^\/workers\/([a-z]+)$/.exec(req.url ?? "")?.[1] as LiveWorkerName | undefined;
    const reply = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (!worker || !LIVE_WORKERS.includes(worker)) return reply(404, { error: `no live worker "${req.url}" (have ${LIVE_WORKERS.join(", ")})` });
    ensure(worker).then(
      ({ fleet }) => reply(200, { url: fleet.url }),
      (error: unknown) => reply(500, { error: error instanceof Error ? error.message : String(error) }),
    );
  });
  await new Promise<void>((resolve) => broker!.listen(0, "127.0.0.1", resolve));
  project.provide("evalsLiveWorkers", `http://127.0.0.1:${(broker.address() as AddressInfo).port}`);
}

export async function teardown() {
  await new Promise((resolve) => (broker ? broker.close(resolve) : resolve(undefined)));
  for (const outcome of await Promise.allSettled(started.values())) {
    if (outcome.status !== "fulfilled") continue;
    await outcome.value.fleet.stop();
    rmSync(outcome.value.state, { recursive: true, force: true });
  }
  started.clear();
  await (await web)?.close();
  web = undefined;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The live-worker broker of the evals project (see evals/lib/live-workers.global-setup.ts). */
    evalsLiveWorkers: string;
  }
}
