import { createModelHub } from "../../shared/src/gateway/hub.ts";
import { offlineProvider } from "../../shared/src/gateway/offline-provider.ts";
import type { ChatRequest, ModelCall } from "../../shared/src/gateway/types.ts";
import { cacheKeyOf } from "../../shared/src/gateway/response-cache.ts";
import { median, percentile, table } from "../lib/stats.ts";
import { instantProvider, memoryCache, noopLedger, throwingCache, zeroSpendD1 } from "./fakes.ts";
import { interleaved } from "./measure.ts";

const N = Number(process.env.BENCH_N ?? 20_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2_000);
const TARGET_OVERHEAD_MS = 0.2;

const ANSWER = '{"country":"DE","confidence":0.98,"reasons":["matched country \\"Germany\\""]}';
const call: ModelCall = {
  site: { graph: "country_classify", node: "classify", promptVersion: "country-v1", feature: "classification" },
  messages: [
    { role: "system", content: "You classify a company's headquarters location string into the country it is in. ".repeat(20) },
    { role: "user", content: '<data label="location" trust="untrusted">\nBerlin, Germany\n</data>' },
  ],
  json: true,
  maxOutputTokens: 200,
  offline: () => ANSWER,
};
// A run's token ceiling would refuse calls long before N; lift it (the bench measures the path, not the cap).
const env = { LLM_REQUEST_TOKEN_CEILING: String(Number.MAX_SAFE_INTEGER) };
const pending: Promise<unknown>[] = [];
const waitUntil = (p: Promise<unknown>) => void pending.push(p.catch(() => undefined));

// 1. Hub overhead on the offline provider.
const offline = offlineProvider();
const request: ChatRequest = { model: offline.defaultModel, messages: call.messages, temperature: 0, maxOutputTokens: 200, json: true };
const signal = new AbortController().signal;
const offlineHub = createModelHub({ env, waitUntil, provider: offline, cache: null });

// 2. Cache: a provider that answers at once, through a hub with a memory cache / a throwing cache / none.
const instant = instantProvider(ANSWER);
const networkEnv = { ...env, DB: zeroSpendD1() };
const hubWith = (cache: Parameters<typeof createModelHub>[0]["cache"]) =>
  createModelHub({ env: networkEnv, waitUntil, provider: instant, cache, ledger: noopLedger, spendCacheMs: 3_600_000 });
const cachedHub = hubWith(memoryCache());
const throwingHub = hubWith(throwingCache());
const uncachedHub = hubWith(null);
await cachedHub.complete(call); // fill the cache
await Promise.all(pending.splice(0));

const variants = [
  ["offline provider, direct", () => offline.chat(request, call, signal)],
  ["hub → offline provider", () => offlineHub.complete(call)],
  ["new hub per call → offline", () => createModelHub({ env, waitUntil, provider: offline, cache: null }).complete(call)],
  ["instant provider, direct", () => instant.chat(request, call, signal)],
  ["hub → instant, no cache", () => uncachedHub.complete(call)],
  ["hub → cache hit", () => cachedHub.complete(call)],
  ["hub → throwing cache (fail open)", () => throwingHub.complete(call)],
  // The part of both cache paths that a call without a cache skips.
  ["cache key only (SHA-256)", () => cacheKeyOf({ ...request, provider: instant.name, promptVersion: call.site.promptVersion })],
] as const;

await interleaved(variants, WARMUP);
const ms = await interleaved(variants, N);
await Promise.all(pending.splice(0));
if (cachedHub.records.filter((r) => r.cacheHit).length < N) throw new Error("the cached hub missed: the cache path was not measured");
if (throwingHub.cacheErrors < N) throw new Error("the throwing cache never threw: fail-open was not measured");

const med = (name: (typeof variants)[number][0]) => median(ms.get(name)!);
// Four decimals: the interesting numbers are microseconds.
const f = (x: number) => x.toFixed(4);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
console.log(`bench:gateway — Node ${process.version}, ${N} interleaved calls per variant (after ${WARMUP} warm-up), ms per call\n`);
console.log(
  table([
    ["variant", "median", "p90", "p99"],
    ...variants.map(([name]) => [name, f(med(name)), f(percentile(ms.get(name)!, 90)), f(percentile(ms.get(name)!, 99))]),
  ]),
);
const overhead = med("hub → offline provider") - med("offline provider, direct");
const rows: (string | number)[][] = [
  ["measure", "ms", "ratio"],
  ["hub overhead per call (hub − direct, offline)", f(overhead), ratio(med("hub → offline provider"), med("offline provider, direct"))],
  ["hub incl. construction (new hub − direct, offline)", f(med("new hub per call → offline") - med("offline provider, direct")), ratio(med("new hub per call → offline"), med("offline provider, direct"))],
  ["cache hit − hub → instant provider, no cache", f(med("hub → cache hit") - med("hub → instant, no cache")), ratio(med("hub → cache hit"), med("hub → instant, no cache"))],
  ["fail-open cost (throwing cache − no cache)", f(med("hub → throwing cache (fail open)") - med("hub → instant, no cache")), ratio(med("hub → throwing cache (fail open)"), med("hub → instant, no cache"))],
];
console.log(`\n${table(rows)}`);
console.log(`\nhub overhead ${overhead.toFixed(4)} ms: ${overhead < TARGET_OVERHEAD_MS ? "within" : "OVER"} the ${TARGET_OVERHEAD_MS} ms target.`);
console.log(`cache hits ${cachedHub.records.filter((r) => r.cacheHit).length}; the throwing hub counted ${throwingHub.cacheErrors} cache errors (lookup + store per call) and failed none.`);
console.log("A hit costs its SHA-256 key plus a Response parse; it pays off against any real provider round trip (hundreds of ms), not against this instant fake.");
