// pnpm bench:resume — the cron → queue → resume path on the local fleet
// (`wrangler dev`, local D1, miniflare's queue, the offline model). Enrolls
// BENCH_THREADS contacts once (default 1,000; each thread sends its first
// touch and waits three days), then, for each variant on a copy of that
// state, fires one cron tick at the due time and times until every thread
// has sent its second touch and scheduled the third. Variants, side by side:
// resumes one at a time, the default concurrency, and the default with every
// span exported to a loopback OTLP receiver — whose D1 spans give the D1
// round trips and statements per thread (otel-cf-workers spans each D1 call
// and each statement of a batch).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEV_TOKEN, migrateLocal, startFleet } from "./lib/fleet.ts";
import { startOtlpReceiver } from "./lib/otlp-receiver.ts";
import type { SpanRecord } from "./lib/otlp-json.ts";
import { table } from "./lib/stats.ts";
import { d1Calls, spansUnderRoots, type D1Calls } from "./lib/d1-spans.ts";

const THREADS = Number(process.env.BENCH_THREADS ?? 1_000);
const PORT = Number(process.env.BENCH_PORT ?? 8796);
const ENROLL_CHUNK = 100; // the enroll API's per-request maximum
const DAY = 86_400_000;
/** Tuesday 15:00 UTC; the second touch is due Friday 15:00 UTC, inside the default send window. */
const START = Date.parse("2026-11-24T15:00:00Z");
const DUE = START + 3 * DAY;
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000);

interface ThreadRow {
  thread_id: string;
  status: string;
  step: number;
  wake_at: number | null;
  failures: number;
  last_error: string | null;
}

function client(url: string) {
  return async function api<T>(method: "GET" | "POST", route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}${route}`, {
      method,
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

const contact = (n: number) => ({
  email: `buyer${n}@bench${n % 97}.example.com`,
  first_name: "Alex",
  title: "Head of Operations",
  timezone: "UTC",
  company: { domain: `bench${n % 97}.example.com`, name: `Bench ${n % 97} Logistics` },
});

/** Every thread of the campaign, through the campaign API (what an operator's dashboard reads). */
async function listThreads(api: ReturnType<typeof client>, campaignId: string): Promise<ThreadRow[]> {
  const all: ThreadRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api<{ threads: ThreadRow[] }>("GET", `/campaigns/${campaignId}/threads?limit=500&offset=${offset}`);
    all.push(...page.threads);
    if (page.threads.length < 500) return all;
  }
}

async function enrollAll(api: ReturnType<typeof client>): Promise<{ campaignId: string; enrollMs: number }> {
  const { campaign_id: campaignId } = await api<{ campaign_id: string }>("POST", "/campaigns", {
    name: "bench: resume",
    mailbox: { address: "seller@bench.example.com", display_name: "Sam Seller", daily_cap: 5_000, timezone: "UTC" },
    settings: { max_touches: 3, cadence_days: [0, 3, 7], review_threshold: 0 },
    sender: { name: "Sam Seller", company: "Acme Example", postal_address: "1 Main St, Springfield, 12345" },
  });
  const started = performance.now();
  for (let i = 0; i < THREADS; i += ENROLL_CHUNK) {
    const contacts = Array.from({ length: Math.min(ENROLL_CHUNK, THREADS - i) }, (_, k) => contact(i + k));
    await api("POST", `/campaigns/${campaignId}/contacts`, { contacts, now: START });
  }
  const enrollMs = performance.now() - started;
  const waiting = (await listThreads(api, campaignId)).filter((t) => t.status === "waiting" && t.step === 1 && t.wake_at === DUE).length;
  if (waiting !== THREADS) throw new Error(`expected ${THREADS} threads waiting for day 3 after enrollment, found ${waiting}`);
  return { campaignId, enrollMs };
}

/** Enrolls once on a fresh local D1 and keeps that state: every variant resumes a copy of it. */
async function prepare(): Promise<{ state: string; campaignId: string; enrollMs: number }> {
  const state = mkdtempSync(path.join(os.tmpdir(), "agentic-sales-bench-resume-"));
  migrateLocal({ port: PORT, persistTo: state });
  const fleet = await startFleet({ port: PORT, persistTo: state });
  try {
    return { state, ...(await enrollAll(client(fleet.url))) };
  } finally {
    await fleet.stop();
  }
}

interface Variant {
  name: string;
  vars: Record<string, string>;
  traced: boolean;
}

interface VariantResult {
  resumeMs: number;
  failed: number;
  spans: SpanRecord[];
}

/** One cron tick at the due time on a copy of the enrolled state; waits until every thread has sent its second touch. */
async function resumeAll(prepared: { state: string; campaignId: string }, variant: Variant): Promise<VariantResult> {
  const state = mkdtempSync(path.join(os.tmpdir(), "agentic-sales-bench-resume-"));
  cpSync(prepared.state, state, { recursive: true });
  const receiver = variant.traced ? await startOtlpReceiver({ port: 0, settleMs: 500 }) : null;
  const fleetVars = { ...variant.vars, ...(receiver ? { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, TRACE_SAMPLE_RATE: "1" } : {}) };
  const fleet = await startFleet({ port: PORT, persistTo: state, fleetVars });
  try {
    const api = client(fleet.url);
    const tickWallMs = Date.now();
    const started = performance.now();
    const tick = await fetch(`${fleet.url}/cdn-cgi/local/scheduled?cron=*/5+*+*+*+*&time=${DUE}&format=json`);
    if (!tick.ok) throw new Error(`cron trigger failed: ${tick.status} ${await tick.text()}`);
    let rows: ThreadRow[] = [];
    for (;;) {
      rows = await listThreads(api, prepared.campaignId);
      const settled = rows.filter((t) => (t.step === 2 && t.wake_at !== null && t.wake_at > DUE) || t.failures > 0);
      if (settled.length === THREADS) break;
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`${variant.name}: only ${settled.length} of ${THREADS} threads resumed within ${TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const resumeMs = performance.now() - started;
    let spans: SpanRecord[] = [];
    if (receiver) {
      await new Promise((r) => setTimeout(r, 3_000)); // the last consumer batches export after they return
      // the cron tick's trace and the consumer's, not the polling above
      spans = spansUnderRoots(receiver.spans.filter((s) => Number(s.startNs / 1_000_000n) >= tickWallMs), ["scheduledHandler", "queueHandler"]);
    }
    return { resumeMs, failed: rows.filter((t) => t.failures > 0).length, spans };
  } finally {
    await fleet.stop();
    await receiver?.close();
    rmSync(state, { recursive: true, force: true });
  }
}

console.log(`Resuming ${THREADS} due campaign threads on the local fleet (wrangler dev, local D1, local queue, offline model), Node ${process.version}, ${os.cpus().length} cores\n`);
const prepared = await prepare();
const VARIANTS: Variant[] = [
  { name: "one resume at a time (RESUME_CONCURRENCY=1)", vars: { RESUME_CONCURRENCY: "1" }, traced: false },
  { name: "default (RESUME_CONCURRENCY=4)", vars: {}, traced: false },
  { name: "default, every span exported", vars: {}, traced: true },
];
const results: VariantResult[] = [];
try {
  for (const variant of VARIANTS) results.push(await resumeAll(prepared, variant));
} finally {
  rmSync(prepared.state, { recursive: true, force: true });
}

const perSec = (n: number, ms: number) => n / (ms / 1000);
const base = results[0]!;
console.log(`enrollment (first touch, 100 contacts per request): ${perSec(THREADS, prepared.enrollMs).toFixed(1)} threads/s\n`);
console.log(table([
  ["cron tick → every thread's 2nd touch sent", "threads/s", "wall s", "vs one at a time", "failed"],
  ...VARIANTS.map((v, i) => [v.name, perSec(THREADS, results[i]!.resumeMs), results[i]!.resumeMs / 1000, `${(base.resumeMs / results[i]!.resumeMs).toFixed(2)}×`, String(results[i]!.failed)]),
]));

const traced = results[2]!;
const byService = new Map<string, D1Calls>();
for (const service of new Set(traced.spans.map((s) => s.service))) byService.set(service, d1Calls(traced.spans.filter((s) => s.service === service), "DB"));
const total = d1Calls(traced.spans, "DB");
console.log(`\nD1 per resumed thread (from the ${traced.spans.length} spans of the cron tick's and the consumer's traces; the cron's queries are shared by the ${THREADS} threads it leased):`);
console.log(table([
  ["worker", "round trips / thread", "statements / thread", "batches / thread"],
  ...[...byService].filter(([, c]) => c.roundTrips > 0).map(([service, c]) => [service, c.roundTrips / THREADS, c.statements / THREADS, c.batches / THREADS]),
  ["all", total.roundTrips / THREADS, total.statements / THREADS, total.batches / THREADS],
]));
