// Starts the benchmark Worker in local workerd with wrangler's programmatic
// dev server (unstable_startWorker): wrangler bundles it as `wrangler dev` and
// `deploy` would (esbuild, nodejs_compat), and runs it on miniflare's real
// local D1 (SQLite behind workerd's D1 binding), with no wrangler.toml of its
// own: the config is written to the temporary state directory.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unstable_splitSqlQuery, unstable_startWorker } from "wrangler";

const ROOT = path.join(import.meta.dirname, "../..");

export interface BenchWorker {
  /** POSTs `body` as JSON to `pathname` and returns the JSON answer (throws on a non-200). */
  post<T>(pathname: string, body: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startBenchWorker(stateDir: string): Promise<BenchWorker> {
  // No network here: keep miniflare from fetching the Request.cf object and wrangler from sending metrics.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";
  process.env.WRANGLER_SEND_METRICS ??= "false";
  const config = path.join(stateDir, "wrangler.json");
  writeFileSync(
    config,
    JSON.stringify({
      name: "bench-checkpoint",
      main: path.join(import.meta.dirname, "worker.ts"),
      compatibility_date: "2026-08-01",
      compatibility_flags: ["nodejs_compat"],
      d1_databases: [
        { binding: "DB", database_name: "bench-d1saver", database_id: "bench-d1saver" },
        { binding: "PUBLIC_DB", database_name: "bench-public", database_id: "bench-public" },
      ],
    }),
  );
  const worker = await unstable_startWorker({
    config,
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      persist: path.join(stateDir, "persist"),
      watch: false,
      logLevel: "warn",
    },
  });
  await worker.ready;
  const post = async <T>(pathname: string, body: unknown): Promise<T> => {
    const res = await worker.fetch(`http://bench.local${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${pathname}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  // D1Saver's schema: every migration, in order, as `wrangler d1 migrations apply` would.
  const migrations = path.join(ROOT, "migrations");
  const statements = readdirSync(migrations)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .flatMap((f) => unstable_splitSqlQuery(readFileSync(path.join(migrations, f), "utf8")));
  await post("/setup", { statements });
  return { post, stop: () => worker.dispose() };
}
