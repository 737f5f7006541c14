// pnpm bench:inbound — throughput of the real inbound_classify graph, compiled
// in Node, over the fixture corpus (evals/inbound_classify/dataset.json), on
// the offline provider through a per-run model hub as the runtime builds it.
// Rows: the graph sequentially, the graph with several runs in flight, the
// graph without a hub, the same decisions as plain function calls (what
// LangGraph costs on top), and a worst-case 100 KB body. BENCH_PASSES (default 50) passes over the corpus.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { median, percentile, table } from "./lib/stats.ts";

// The gateway uses TypeScript parameter properties, which Node's default
// strip-only mode refuses: re-run under --experimental-transform-types.
if ((process.features as { typescript?: string }).typescript !== "transform") {
  const args = ["--experimental-transform-types", "--disable-warning=ExperimentalWarning", import.meta.filename, ...process.argv.slice(2)];
  const { status, signal } = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exit(status ?? (signal ? 1 : 0));
}

const root = path.join(import.meta.dirname, "..");
const { buildGraph, contract } = await import("../workers/classify/src/graphs/inbound-classify.ts");
const { createModelHub } = await import("../shared/src/gateway/hub.ts");
const { offlineProvider } = await import("../shared/src/gateway/offline-provider.ts");
const { headerVerdict } = await import("../workers/classify/src/inbound/header-rules.ts");
const { lexicalVerdict } = await import("../workers/classify/src/inbound/lexical-rules.ts");
const { stripQuoted } = await import("../workers/classify/src/inbound/strip-quoted.ts");
const { ownSubjectText } = await import("../workers/classify/src/inbound/reply-subject.ts");
const { offlineIntent } = await import("../workers/classify/src/graphs/inbound-classify/hub-intent.ts");
const { extractReturnDate } = await import("../workers/classify/src/inbound/return-date/return-date.ts");
const { foldMessage } = await import("../workers/classify/src/inbound/fold-message.ts");

type Input = ReturnType<typeof contract.input.parse>;
const PASSES = Number(process.env.BENCH_PASSES ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const dataset = JSON.parse(readFileSync(path.join(root, "evals/inbound_classify/dataset.json"), "utf8")) as { examples: { input: unknown }[] };
const corpus: Input[] = dataset.examples.map((e) => contract.input.parse(e.input));
const graph = buildGraph().compile();
const provider = offlineProvider();

/** One run as the worker does it: a fresh hub per run (its token ceiling is per request). */
async function classify(input: Input) {
  const hub = createModelHub({ env: {}, waitUntil: () => undefined, cache: null, provider });
  return graph.invoke(input, { context: { services: { hub } } });
}

/** The same decisions as direct calls: no LangGraph, no hub. */
function classifyPlain(input: Input) {
  const ownText = stripQuoted(input.text);
  const ownSubject = ownSubjectText(input.subject);
  const v =
    headerVerdict(input) ??
    lexicalVerdict({ subject: input.subject, ownSubject, ownText, contentType: input.headers["content-type"] ?? "" }) ??
    offlineIntent({ from: input.from, subject: input.subject, ownSubject, ownText });
  return v.label === "auto_reply" ? extractReturnDate(foldMessage(ownText), input.received_at) : v;
}

const stages = new Map<string, number>();
for (let i = 0; i < 3; i++) for (const input of corpus) await classify(input); // warm-up: JIT, regex compilation
for (const input of corpus) {
  const { stage } = await classify(input);
  stages.set(stage, (stages.get(stage) ?? 0) + 1);
}

const latencies: number[] = [];
let started = performance.now();
for (let p = 0; p < PASSES; p++) {
  for (const input of corpus) {
    const t = performance.now();
    await classify(input);
    latencies.push(performance.now() - t);
  }
}
const sequentialMs = performance.now() - started;
const total = PASSES * corpus.length;

const queue = Array.from({ length: total }, (_, i) => corpus[i % corpus.length]!);
started = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  for (let input = queue.pop(); input; input = queue.pop()) await classify(input);
}));
const concurrentMs = performance.now() - started;

started = performance.now();
for (let p = 0; p < PASSES; p++) for (const input of corpus) await graph.invoke(input);
const noHubMs = performance.now() - started;

started = performance.now();
for (let p = 0; p < PASSES; p++) for (const input of corpus) classifyPlain(input);
const plainMs = performance.now() - started;

const big = contract.input.parse({ ...corpus[0], headers: {}, subject: "Re: Quick intro", text: `Sounds interesting, how much is it?\n${"We evaluate vendors every quarter. ".repeat(2900)}`.slice(0, 100 * 1024) });
const BIG_RUNS = Math.max(20, PASSES * 2);
const bigLatencies: number[] = [];
for (let i = 0; i < BIG_RUNS; i++) {
  const t = performance.now();
  await classify(big);
  bigLatencies.push(performance.now() - t);
}

const perSec = (n: number, ms: number) => n / (ms / 1000);
console.log(`inbound_classify, offline provider, graph compiled in Node ${process.version} on ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores)`);
console.log(`corpus: ${corpus.length} fixture messages (stages ${[...stages].map(([s, n]) => `${s} ${n}`).join(", ")}), ${PASSES} passes = ${total} runs\n`);
console.log(table([
  ["path", "messages/s", "median ms", "p99 ms"],
  ["graph + hub, sequential", perSec(total, sequentialMs), median(latencies), percentile(latencies, 99)],
  [`graph + hub, ${CONCURRENCY} in flight`, perSec(total, concurrentMs), "-", "-"],
  ["graph, no hub (offline scorer direct)", perSec(total, noHubMs), "-", "-"],
  ["rules as plain calls (no graph)", perSec(total, plainMs), "-", "-"],
  ["graph + hub, 100 KB body", perSec(BIG_RUNS, bigLatencies.reduce((a, b) => a + b, 0)), median(bigLatencies), percentile(bigLatencies, 99)],
]));
