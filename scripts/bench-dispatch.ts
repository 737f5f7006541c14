// pnpm bench:dispatch — latency and throughput of a trivial graph run through
// the dispatcher (auth + routing + service-binding hop) against the same
// worker called directly, interleaved in one run so both see the same machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEV_TOKEN, startFleet, startWorker } from "./lib/fleet.ts";
import { median, percentile, table } from "./lib/stats.ts";

const N = Number(process.env.BENCH_N ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BODY = JSON.stringify({ assistant_id: "country_classify", input: { location: "Berlin, Germany" } });

const state = mkdtempSync(path.join(tmpdir(), "agentic-sales-bench-"));
const fleet = await startFleet({ port: 8791, persistTo: path.join(state, "fleet") });
const direct = await startWorker("classify", { port: 8792, persistTo: path.join(state, "direct") });

const targets = {
  dispatcher: { url: `${fleet.url}/runs/wait`, headers: { "content-type": "application/json", authorization: `Bearer ${DEV_TOKEN}` } },
  direct: { url: `${direct.url}/runs/wait`, headers: { "content-type": "application/json" } },
};
type Target = keyof typeof targets;

async function once(t: Target): Promise<number> {
  const started = performance.now();
  const res = await fetch(targets[t].url, { method: "POST", headers: targets[t].headers, body: BODY });
  const out = (await res.json()) as { country?: string };
  if (res.status !== 200 || out.country !== "DE") throw new Error(`${t}: unexpected answer ${res.status} ${JSON.stringify(out)}`);
  return performance.now() - started;
}

/** `count` requests at `t` with CONCURRENCY in flight; returns elapsed ms. */
async function burst(t: Target, count: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < count) await once(t);
  }));
  return performance.now() - started;
}

try {
  for (let i = 0; i < 100; i++) await Promise.all([once("dispatcher"), once("direct")]); // warm-up: compile, JIT, connections
  const latency: Record<Target, number[]> = { dispatcher: [], direct: [] };
  for (let i = 0; i < N; i++) {
    const order: Target[] = i % 2 ? ["dispatcher", "direct"] : ["direct", "dispatcher"];
    for (const t of order) latency[t].push(await once(t));
  }
  const elapsed: Record<Target, number> = { dispatcher: 0, direct: 0 };
  const BLOCK = 200;
  for (let done = 0; done < N; done += BLOCK) {
    const order: Target[] = (done / BLOCK) % 2 ? ["dispatcher", "direct"] : ["direct", "dispatcher"];
    for (const t of order) elapsed[t] += await burst(t, BLOCK);
  }
  const rps = (t: Target) => (Math.ceil(N / BLOCK) * BLOCK) / (elapsed[t] / 1000);
  console.log(`\ncountry_classify /runs/wait, N=${N} sequential (interleaved) + N at concurrency ${CONCURRENCY} (alternating blocks of ${BLOCK})\n`);
  console.log(table([
    ["path", "median ms", "p99 ms", "req/s"],
    ["direct to worker", median(latency.direct), percentile(latency.direct, 99), rps("direct")],
    ["via dispatcher", median(latency.dispatcher), percentile(latency.dispatcher, 99), rps("dispatcher")],
  ]));
  console.log(`\nadded by the dispatcher: median +${(median(latency.dispatcher) - median(latency.direct)).toFixed(3)} ms, p99 +${(percentile(latency.dispatcher, 99) - percentile(latency.direct, 99)).toFixed(3)} ms`);
  console.log(`ratios (dispatcher / direct): median latency ${(median(latency.dispatcher) / median(latency.direct)).toFixed(2)}×, throughput ${((rps("dispatcher") / rps("direct")) * 100).toFixed(1)} %`);
} finally {
  await Promise.all([fleet.stop(), direct.stop()]);
  rmSync(state, { recursive: true, force: true });
}
