// pnpm bench:checkpoint — D1Saver against the public D1 checkpointer
// (langgraph-checkpoint-cloudflare-d1's CloudflareD1Saver) on the same local D1
// in workerd, and against LangGraph's SqliteSaver in Node, on one workload
// (scripts/bench-checkpoint/workload.ts): D1 round trips per step, rows and
// bytes stored per step, wall time; then where the time goes (profile.ts),
// and the same comparison with ~1 KB messages.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { type D1Counts, ROUND_TRIPS } from "./bench-checkpoint/count-d1.ts";
import { startBenchWorker } from "./bench-checkpoint/start.ts";
import { FLAT_SCHEMA, type StorageStats, type Stored, storageStats } from "./bench-checkpoint/storage.ts";
import type { LaneStats } from "../shared/src/checkpoint/lanes.ts";
import { type Profile, addProfile, emptyProfile } from "./bench-checkpoint/profile.ts";
import type { BenchWorker } from "./bench-checkpoint/start.ts";
import type { SaverName } from "./bench-checkpoint/worker.ts";
import { LARGE_MESSAGE_BYTES, MESSAGE_BYTES, STEPS, runThreads } from "./bench-checkpoint/workload.ts";
import { median, table } from "./lib/stats.ts";

const THREADS = Number(process.env.BENCH_THREADS ?? 100);
/** The D1 savers take turns in this many rounds (order alternating), so both see the same machine. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const WARMUP_THREADS = 5;
/** Threads per saver of the profile (not timed with the rounds: the timers cost a little). */
const PROFILE_THREADS = Number(process.env.BENCH_PROFILE_THREADS ?? 20);
/** Threads per saver of the put-floor replay (a single put's latency varies a lot on a busy machine). */
const FLOOR_THREADS = Number(process.env.BENCH_FLOOR_THREADS ?? 40);
/** Threads per saver of the ~1 KB message variant. */
const LARGE_THREADS = Number(process.env.BENCH_LARGE_THREADS ?? THREADS);
const D1_SAVERS: SaverName[] = ["D1Saver", "CloudflareD1Saver"];
const PUBLIC = "CloudflareD1Saver";

const idsOf = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`);
const threadIds = idsOf("bench", THREADS);
const warmupIds = (saver: string) => Array.from({ length: WARMUP_THREADS }, (_, i) => `warmup-${saver}-${i}`);

interface D1Result {
  ms: number;
  /** Host ms of each round. */
  roundMs: number[];
  workerMs: number;
  counts: D1Counts;
  storage: StorageStats;
  /** D1Saver only: calls and the batches that carried them. */
  lanes?: LaneStats;
}

function addCounts(into: D1Counts | undefined, more: D1Counts): D1Counts {
  if (!into) return structuredClone(more);
  for (const k of ROUND_TRIPS) into.byKind[k] += more.byKind[k];
  for (const [m, c] of Object.entries(more.byMethod)) {
    const t = (into.byMethod[m] ??= { calls: 0, roundTrips: 0 });
    t.calls += c.calls;
    t.roundTrips += c.roundTrips;
  }
  into.total += more.total;
  return into;
}

type RunAnswer = { workerMs: number; counts: D1Counts; lanes?: LaneStats };

function addLanes(into: LaneStats | undefined, more: LaneStats | undefined): LaneStats | undefined {
  if (!more) return into;
  if (!into) return { ...more };
  for (const k of Object.keys(more) as (keyof LaneStats)[]) into[k] += more[k];
  return into;
}

/** Both D1 savers on `ids`, in ROUNDS alternating rounds; storage of the threads LIKE `prefix-%`. */
async function benchD1(worker: BenchWorker, ids: string[], prefix: string, messageBytes: number): Promise<Record<SaverName, D1Result>> {
  const ms = { D1Saver: 0, CloudflareD1Saver: 0 } as Record<SaverName, number>;
  const workerMs = { ...ms };
  const roundMs = { D1Saver: [], CloudflareD1Saver: [] } as Record<SaverName, number[]>;
  const counts = {} as Record<SaverName, D1Counts>;
  const lanes = {} as Record<SaverName, LaneStats | undefined>;
  const perRound = Math.ceil(ids.length / ROUNDS);
  for (let r = 0; r < ROUNDS; r++) {
    const roundIds = ids.slice(r * perRound, (r + 1) * perRound);
    for (const saver of r % 2 ? [...D1_SAVERS].reverse() : D1_SAVERS) {
      const started = performance.now();
      const answer = await worker.post<RunAnswer>("/run", { saver, threadIds: roundIds, messageBytes });
      const elapsed = performance.now() - started;
      ms[saver] += elapsed;
      roundMs[saver].push(elapsed);
      workerMs[saver] += answer.workerMs;
      counts[saver] = addCounts(counts[saver], answer.counts);
      lanes[saver] = addLanes(lanes[saver], answer.lanes);
    }
  }
  const result = {} as Record<SaverName, D1Result>;
  for (const saver of D1_SAVERS) {
    const storage = await worker.post<StorageStats>("/stats", { saver, threadLike: `${prefix}-%` });
    result[saver] = { ms: ms[saver], roundMs: roundMs[saver], workerMs: workerMs[saver], counts: counts[saver], storage, lanes: lanes[saver] };
  }
  return result;
}

const PROFILED = ["D1Saver", "CloudflareD1Saver", "MemorySaver"] as const;
type Profiled = (typeof PROFILED)[number];

/** The profile (profile.ts) of each saver and of MemorySaver, in alternating rounds of 5 threads. */
async function profileSavers(worker: BenchWorker): Promise<Record<Profiled, { workerMs: number; profile: Profile }>> {
  const out = Object.fromEntries(PROFILED.map((s) => [s, { workerMs: 0, profile: emptyProfile() }])) as Record<
    Profiled,
    { workerMs: number; profile: Profile }
  >;
  const rounds = Math.ceil(PROFILE_THREADS / 5);
  for (let r = 0; r < rounds; r++) {
    for (const saver of r % 2 ? [...PROFILED].reverse() : PROFILED) {
      const answer = await worker.post<{ workerMs: number; profile: Profile }>("/profile", {
        saver,
        threadIds: idsOf(`prof-${saver}-${r}`, 5),
      });
      out[saver].workerMs += answer.workerMs;
      addProfile(out[saver].profile, answer.profile);
    }
  }
  return out;
}

async function benchSqlite(): Promise<{ ms: number; storage: StorageStats }> {
  const saver = SqliteSaver.fromConnString(":memory:");
  await runThreads(saver, warmupIds("sqlite"));
  const started = performance.now();
  await runThreads(saver, threadIds);
  const ms = performance.now() - started;
  const query = async (sql: string, params: unknown[]) => saver.db.prepare(sql).all(...params) as Record<string, unknown>[];
  return { ms, storage: await storageStats(query, FLAT_SCHEMA, "bench-%") };
}

// ---- figures ----------------------------------------------------------------

const steps = Array.from({ length: STEPS }, (_, i) => i + 1);
const stepOf = (s: StorageStats, step: number): Stored => s.bySteps[step] ?? { rows: 0, bytes: 0 };
/** Per thread, averaged over the graph's steps 1..STEPS. */
const perStep = (s: StorageStats, key: keyof Stored) => steps.reduce((sum, i) => sum + stepOf(s, i)[key], 0) / STEPS / THREADS;
const atStep = (s: StorageStats, step: number, threads = THREADS) => stepOf(s, step).bytes / threads;
const totalBytes = (s: StorageStats) => Object.values(s.tables).reduce((sum, t) => sum + t.bytes, 0);
const attributed = (s: StorageStats) => Object.values(s.bySteps).reduce((sum, t) => sum + t.bytes, 0);
const rtPer = (c: D1Counts, method: string) => c.byMethod[method]!.roundTrips / c.byMethod[method]!.calls;

const f0 = (n: number) => Math.round(n).toLocaleString("en-US");
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const x = (n: number) => `${n.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");

const stateDir = mkdtempSync(path.join(tmpdir(), "agentic-sales-bench-checkpoint-"));
const startedAll = performance.now();
try {
  const worker = await startBenchWorker(stateDir);
  let d1: Record<SaverName, D1Result>;
  let large: Record<SaverName, D1Result>;
  let profiled: Awaited<ReturnType<typeof profileSavers>>;
  let floor: { putsPerThread: number; msPerPut: Record<SaverName, number> };
  try {
    // Warm-up: bundle load, JIT, D1 statement caches; its threads are left out of the stats.
    for (const saver of D1_SAVERS) await worker.post<RunAnswer>("/run", { saver, threadIds: warmupIds(saver) });
    d1 = await benchD1(worker, threadIds, "bench", MESSAGE_BYTES);
    profiled = await profileSavers(worker);
    floor = await worker.post("/put-floor", { threads: FLOOR_THREADS });
    large = await benchD1(worker, idsOf("kb", LARGE_THREADS), "kb", LARGE_MESSAGE_BYTES);
  } finally {
    await worker.stop();
  }
  const sqlite = await benchSqlite();
  const ours = d1.D1Saver;
  const pub = d1[PUBLIC];
  for (const [name, s] of [["D1Saver", ours.storage], [PUBLIC, pub.storage], ["SqliteSaver", sqlite.storage]] as const) {
    if (attributed(s) !== totalBytes(s)) {
      console.warn(`warning: ${name}: ${totalBytes(s) - attributed(s)} stored bytes not attributed to a step`);
    }
  }
  const graphSteps = THREADS * STEPS;

  console.log(
    `\nWorkload: StateGraph of ${STEPS} steps (one node looping), state = growing message list (+1 message of ${MESSAGE_BYTES} B JSON per step)` +
      `\n+ 3 scalar channels changed every step; ${THREADS} threads run one after another, LangGraph's default (async) durability.` +
      `\nD1 savers: one Worker in local workerd (wrangler unstable_startWorker, miniflare D1), ${ROUNDS} alternating rounds after a ${WARMUP_THREADS}-thread warm-up each;` +
      `\nround trips = prepare().run/first/all/raw + batch + exec calls on a counting D1Database proxy. SqliteSaver: in Node, :memory:.` +
      `\nBytes = column payload (keys included) of the rows a step adds: its checkpoint row, its task's writes, and (D1Saver) the blobs it introduced.` +
      `\nThen: where the time goes (${PROFILE_THREADS} more threads per saver, timers in the Worker), and the same comparison with ${LARGE_MESSAGE_BYTES} B messages.\n`,
  );

  console.log(`D1Saver vs ${PUBLIC} (langgraph-checkpoint-cloudflare-d1@0.2.0), same local D1, per thread unless said\n`);
  const row = (label: string, a: number, b: number, fmt: (n: number) => string, ratio = true) => [
    label,
    fmt(a),
    fmt(b),
    ratio ? x(b / a) : "",
  ];
  console.log(
    table([
      ["metric", "D1Saver", PUBLIC, "public / D1Saver"],
      row("D1 round trips per graph step", ours.counts.total / graphSteps, pub.counts.total / graphSteps, f2),
      row("  per put() (¹)", rtPer(ours.counts, "put"), rtPer(pub.counts, "put"), f2),
      row("  per putWrites() (¹)", rtPer(ours.counts, "putWrites"), rtPer(pub.counts, "putWrites"), f2),
      row("  per getTuple()", rtPer(ours.counts, "getTuple"), rtPer(pub.counts, "getTuple"), f2),
      row("put / putWrites / getTuple calls", 0, 0, () => "", false).map((c, i) =>
        i === 1 || i === 2
          ? ["put", "putWrites", "getTuple"].map((m) => f1((i === 1 ? ours : pub).counts.byMethod[m]!.calls / THREADS)).join(" / ")
          : c,
      ),
      row("rows stored per step (steps 1–10)", perStep(ours.storage, "rows"), perStep(pub.storage, "rows"), f1),
      row("bytes stored per step (steps 1–10)", perStep(ours.storage, "bytes"), perStep(pub.storage, "bytes"), f0),
      row("bytes stored at step 1", atStep(ours.storage, 1), atStep(pub.storage, 1), f0),
      row(`bytes stored at step ${STEPS}`, atStep(ours.storage, STEPS), atStep(pub.storage, STEPS), f0),
      row("bytes stored per thread (all steps)", totalBytes(ours.storage) / THREADS, totalBytes(pub.storage) / THREADS, f0),
      row(`wall time, ${THREADS} threads (ms, host)`, ours.ms, pub.ms, f0),
      row("wall time per graph step (ms)", ours.ms / graphSteps, pub.ms / graphSteps, f2),
      row("  same, timed in the Worker (ms)", ours.workerMs / graphSteps, pub.workerMs / graphSteps, f2),
    ]),
  );
  const roundRatios = pub.roundMs.map((m, i) => m / ours.roundMs[i]!);
  console.log(
    `\nwall-time ratio (public / D1Saver) per round of ${Math.ceil(THREADS / ROUNDS)} threads: ` +
      `median ${x(median(roundRatios))}, min ${x(Math.min(...roundRatios))}, max ${x(Math.max(...roundRatios))}`,
  );
  const kinds = (c: D1Counts) => ROUND_TRIPS.filter((k) => c.byKind[k] > 0).map((k) => `${k} ${c.byKind[k]}`).join(", ");
  console.log(`round trips by kind — D1Saver: ${kinds(ours.counts)}; ${PUBLIC}: ${kinds(pub.counts)}`);
  if (ours.lanes) {
    const l = ours.lanes;
    console.log(
      `(¹) D1Saver sends a thread's overlapping calls in one batch (group commit, shared/src/checkpoint/lanes.ts): ` +
        `${f0(l.calls)} calls in ${f0(l.batches)} batches, ${f0(l.merged)} of them carrying several calls;` +
        `\n    a shared batch counts once, for the call that sent it (mostly the put that LangGraph chains after the previous one).`,
    );
  }

  console.log(`\nBytes (rows) stored per step, per thread — LangGraph step -1 is the input, 0 the start\n`);
  const cell = (s: StorageStats, i: number) => `${f0(stepOf(s, i).bytes / THREADS)} (${f1(stepOf(s, i).rows / THREADS)})`;
  console.log(
    table([
      ["step", "D1Saver", PUBLIC, "SqliteSaver"],
      ...[-1, 0, ...steps].map((i) => [String(i), cell(ours.storage, i), cell(pub.storage, i), cell(sqlite.storage, i)]),
      ["total", ...[ours.storage, pub.storage, sqlite.storage].map((s) => f0(totalBytes(s) / THREADS))],
    ]),
  );

  console.log(`\nD1Saver vs SqliteSaver (@langchain/langgraph-checkpoint-sqlite@1.0.4, Node, :memory:)\n`);
  console.log(
    table([
      ["metric", "D1Saver", "SqliteSaver", "SqliteSaver / D1Saver"],
      row("bytes stored per step (steps 1–10)", perStep(ours.storage, "bytes"), perStep(sqlite.storage, "bytes"), f0),
      row("bytes stored at step 1", atStep(ours.storage, 1), atStep(sqlite.storage, 1), f0),
      row(`bytes stored at step ${STEPS}`, atStep(ours.storage, STEPS), atStep(sqlite.storage, STEPS), f0),
      row("bytes stored per thread (all steps)", totalBytes(ours.storage) / THREADS, totalBytes(sqlite.storage) / THREADS, f0),
      [`wall time, ${THREADS} threads (ms)`, `${f0(ours.ms)} (D1, workerd)`, `${f0(sqlite.ms)} (in-process)`, "not comparable"],
    ]),
  );

  // ---- where the time goes ---------------------------------------------------
  const profSteps = Math.ceil(PROFILE_THREADS / 5) * 5 * STEPS;
  const p = (s: Profiled) => profiled[s].profile;
  const per = (n: number) => n / profSteps;
  const prow = (label: string, f: (s: Profiled) => string) => [label, ...PROFILED.map(f)];
  console.log(
    `\nWhere the time goes, per graph step (${Math.ceil(PROFILE_THREADS / 5) * 5} threads per saver, performance.now() in the Worker; ` +
      `calls overlap, so summed waits can exceed the wall time)\n`,
  );
  console.log(
    table([
      ["ms per graph step", "D1Saver", PUBLIC, "MemorySaver (LangGraph alone)"],
      prow("wall time", (s) => f2(per(profiled[s].workerMs))),
      prow("  with a D1 call in flight", (s) => (s === "MemorySaver" ? "—" : f2(per(p(s).d1.busyMs)))),
      prow("  with none (LangGraph + saver CPU)", (s) => f2(per(profiled[s].workerMs - p(s).d1.busyMs))),
      prow("D1 round trips", (s) => (s === "MemorySaver" ? "—" : f2(per(p(s).d1.calls)))),
      prow("D1 wait, summed over calls", (s) => (s === "MemorySaver" ? "—" : f2(per(p(s).d1.ms)))),
      prow("  per round trip", (s) => (s === "MemorySaver" ? "—" : f2(p(s).d1.ms / Math.max(1, p(s).d1.calls)))),
      prow("serializer (dumps + loads)", (s) => f2(per(p(s).serde.dumpsMs + p(s).serde.loadsMs))),
      prow("  serializer calls", (s) => f1(per(p(s).serde.dumps + p(s).serde.loads))),
      prow("time inside put / putWrites (summed)", (s) =>
        `${f2(per(p(s).methods.put?.ms ?? 0))} / ${f2(per(p(s).methods.putWrites?.ms ?? 0))}`,
      ),
    ]),
  );
  const floorPerStep = (s: SaverName) => (floor.msPerPut[s] * floor.putsPerThread) / STEPS;
  console.log(
    `\nLangGraph calls each put only once the previous one resolved, so a thread costs at least its ${floor.putsPerThread} puts one after another.` +
      `\nOne put alone (a thread's puts replayed in order, nothing else in flight; median of ${FLOOR_THREADS} threads): ` +
      `D1Saver ${f2(floor.msPerPut.D1Saver)} ms, ${PUBLIC} ${f2(floor.msPerPut[PUBLIC])} ms;` +
      `\nthat floor is ${f2(floorPerStep("D1Saver"))} / ${f2(floorPerStep(PUBLIC))} ms per graph step, against the wall times above.`,
  );

  // ---- ~1 KB messages ------------------------------------------------------------
  const kbSteps = LARGE_THREADS * STEPS;
  const kOurs = large.D1Saver;
  const kPub = large[PUBLIC];
  const kRatios = kPub.roundMs.map((m, i) => m / kOurs.roundMs[i]!);
  console.log(`\nThe same with ${LARGE_MESSAGE_BYTES} B messages (about an email), ${LARGE_THREADS} threads, per thread unless said\n`);
  console.log(
    table([
      ["metric", "D1Saver", PUBLIC, "public / D1Saver"],
      row("D1 round trips per graph step", kOurs.counts.total / kbSteps, kPub.counts.total / kbSteps, f2),
      row("bytes stored at step 1", atStep(kOurs.storage, 1, LARGE_THREADS), atStep(kPub.storage, 1, LARGE_THREADS), f0),
      row(`bytes stored at step ${STEPS}`, atStep(kOurs.storage, STEPS, LARGE_THREADS), atStep(kPub.storage, STEPS, LARGE_THREADS), f0),
      row("bytes stored per thread (all steps)", totalBytes(kOurs.storage) / LARGE_THREADS, totalBytes(kPub.storage) / LARGE_THREADS, f0),
      row(`wall time, ${LARGE_THREADS} threads (ms, host)`, kOurs.ms, kPub.ms, f0),
      row("wall time per graph step (ms)", kOurs.ms / kbSteps, kPub.ms / kbSteps, f2),
    ]),
  );
  console.log(
    `\nwall-time ratio (public / D1Saver) per round of ${Math.ceil(LARGE_THREADS / ROUNDS)} threads: ` +
      `median ${x(median(kRatios))}, min ${x(Math.min(...kRatios))}, max ${x(Math.max(...kRatios))}`,
  );

  const growth = (s: StorageStats) => atStep(s, STEPS) - atStep(s, 1);
  const stateGrowth = (STEPS - 1) * MESSAGE_BYTES;
  const speedup = pub.ms / ours.ms;
  const rtPut = rtPer(ours.counts, "put");
  const rtWrites = rtPer(ours.counts, "putWrites");
  console.log(`\nAims (D1Saver; on the ${MESSAGE_BYTES} B workload)`);
  console.log(
    table([
      ["aim", "measured", ""],
      [
        "at most one round trip per put and per putWrites",
        `${f2(rtPut)} per put, ${f2(rtWrites)} per putWrites (¹); ${f2(ours.counts.total / graphSteps)} per graph step (public: ${f2(pub.counts.total / graphSteps)})`,
        verdict(rtPut <= 1 && rtWrites <= 1),
      ],
      [
        `bytes per step grow only with the new message (step ${STEPS} − step 1 < ${MESSAGE_BYTES} B)`,
        `step 1 ${f0(atStep(ours.storage, 1))} B → step ${STEPS} ${f0(atStep(ours.storage, STEPS))} B: ${growth(ours.storage) >= 0 ? "+" : "−"}${f0(Math.abs(growth(ours.storage)))} B ` +
          `(public: +${f0(growth(pub.storage))} B, SqliteSaver: +${f0(growth(sqlite.storage))} B; the state grew ${f0(stateGrowth)} B)`,
        verdict(growth(ours.storage) < MESSAGE_BYTES),
      ],
      [
        `at least 2× faster than ${PUBLIC}`,
        `${x(speedup)} (${f0(pub.ms)} ms / ${f0(ours.ms)} ms; median round ${x(median(roundRatios))}; with ${LARGE_MESSAGE_BYTES} B messages ${x(kPub.ms / kOurs.ms)})`,
        verdict(speedup >= 2),
      ],
    ]),
  );
  const blobs = Object.entries(ours.storage.blobsByStep[STEPS] ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([channel, bytes]) => `${channel} ${f0(bytes / THREADS)} B`)
    .join(", ");
  console.log(`\nD1Saver's blobs at step ${STEPS}, per thread (a list that grew stores only its new items, as a segment): ${blobs}`);
  const sameTrips = Math.abs(ours.counts.total - pub.counts.total) / pub.counts.total < 0.01;
  if (sameTrips) console.log(`Both D1 savers make the same number of round trips per step, so any wall-time difference comes from the work per trip.`);
  console.log(`\ntotal benchmark time ${f1((performance.now() - startedAll) / 1000)} s`);
} finally {
  rmSync(stateDir, { recursive: true, force: true });
}
