// pnpm bench:telemetry — what OpenTelemetry costs the dispatcher when no
// exporter is configured: the same fleet twice, one with instrument()
// bypassed entirely in the dispatcher (OTEL_SDK_DISABLED=true), one with
// instrument() and no exporter (the production default when
// OTEL_EXPORTER_OTLP_ENDPOINT is unset). Requests alternate between the two,
// so both see the same machine; medians and their ratio are printed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEV_TOKEN, migrateLocal, startFleet } from "./lib/fleet.ts";
import { median, percentile, table } from "./lib/stats.ts";

const N = Number(process.env.BENCH_N ?? 1000);
const WARMUP = 100;
const RUN = JSON.stringify({ assistant_id: "country_classify", input: { location: "Berlin, Germany" } });

const VARIANTS = ["no instrumentation", "instrumented, no exporter"] as const;
type Variant = (typeof VARIANTS)[number];
const VARS: Record<Variant, Record<string, string>> = { "no instrumentation": { OTEL_SDK_DISABLED: "true" }, "instrumented, no exporter": {} };

const routes = {
  "POST /runs/wait (dispatcher → classify worker)": { path: "/runs/wait", init: { method: "POST", body: RUN, headers: { "content-type": "application/json" } } },
  "GET /info (dispatcher only: auth + handler)": { path: "/info", init: { method: "GET" } },
} as const;
type Route = keyof typeof routes;

async function once(url: string, route: Route): Promise<number> {
  const { path: p, init } = routes[route];
  const started = performance.now();
  const res = await fetch(`${url}${p}`, { ...init, headers: { ...("headers" in init ? init.headers : {}), authorization: `Bearer ${DEV_TOKEN}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} ${route}: HTTP ${res.status}`);
  // Tracing off must change nothing a caller sees.
  if (res.headers.has("x-trace-id")) throw new Error(`${url} ${route}: x-trace-id sent with telemetry off`);
  return performance.now() - started;
}

const ms: Record<Route, Record<Variant, number[]>> = Object.fromEntries(
  (Object.keys(routes) as Route[]).map((r) => [r, { "no instrumentation": [], "instrumented, no exporter": [] }]),
) as never;

// Two passes with fresh processes and the start order swapped, so a bias of
// one workerd process (scheduling, cache) does not land on one variant.
const state = mkdtempSync(path.join(tmpdir(), "agentic-sales-bench-otel-"));
try {
  for (const pass of [0, 1]) {
    const order = pass === 0 ? VARIANTS : ([...VARIANTS].reverse() as unknown as typeof VARIANTS);
    const urls = {} as Record<Variant, string>;
    const fleets = [];
    for (const [i, v] of order.entries()) {
      const dir = path.join(state, `${pass}-${i}`);
      migrateLocal({ port: 0, persistTo: dir });
      const fleet = await startFleet({ port: 8793 + i, persistTo: dir, vars: VARS[v] });
      fleets.push(fleet);
      urls[v] = fleet.url;
    }
    try {
      const flags = await Promise.all(VARIANTS.map(async (v) => JSON.stringify(((await (await fetch(`${urls[v]}/health`)).json()) as { telemetry: unknown }).telemetry)));
      console.log(`pass ${pass + 1}: telemetry flags ${VARIANTS.map((v, i) => `${v} ${flags[i]}`).join("; ")}`);
      for (const route of Object.keys(routes) as Route[]) {
        for (let i = 0; i < WARMUP; i++) for (const v of VARIANTS) await once(urls[v], route);
        for (let i = 0; i < N / 2; i++) {
          const pair = i % 2 ? VARIANTS : [...VARIANTS].reverse();
          for (const v of pair) ms[route][v as Variant].push(await once(urls[v as Variant], route));
        }
      }
    } finally {
      await Promise.all(fleets.map((f) => f.stop()));
    }
  }
  const rows: (string | number)[][] = [["route", "variant", "median ms", "p90 ms", "p99 ms"]];
  const ratios: string[] = [];
  for (const route of Object.keys(routes) as Route[]) {
    for (const v of VARIANTS) rows.push([route, v, median(ms[route][v]), percentile(ms[route][v], 90), percentile(ms[route][v], 99)]);
    const [off, noop] = [median(ms[route]["no instrumentation"]), median(ms[route]["instrumented, no exporter"])];
    ratios.push(`${route}: median ratio instrumented-no-exporter / no-instrumentation = ${(noop / off).toFixed(3)}× (${(noop - off).toFixed(3)} ms)`);
  }
  console.log(`\nN=${N} sequential requests per variant and route (two passes of ${N / 2}, alternating), ${WARMUP} warm-up each\n`);
  console.log(table(rows));
  console.log(`\n${ratios.join("\n")}`);
} finally {
  rmSync(state, { recursive: true, force: true });
}
