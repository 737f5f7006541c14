import { env } from "cloudflare:workers";
import { z } from "zod";
import { createModelHub } from "./hub.ts";
import { UPSERT_SPEND } from "./sql.ts";
import { batchSpy, faultyCache, harness, ledgerRows, modelCall, scriptedProvider, site } from "./test/fakes.ts";
import { isModelCallError, ModelCallError, type ModelErrorCode } from "./types.ts";

const codeOf = async (promise: Promise<unknown>): Promise<ModelErrorCode | "resolved"> =>
  promise.then(
    () => "resolved" as const,
    (e: unknown) => {
      if (isModelCallError(e)) return e.code;
      throw e;
    },
  );

// gpt-4o at 100k input tokens: $0.25 per call.
const QUARTER = { model: "gpt-4o", usage: { input: 100_000, output: 0, cached: 0 } };

describe("offline provider (the local default)", () => {
  it("answers call.offline() with estimated tokens, priced at 0, and writes the ledger row", async () => {
    const { hub, drain } = harness();
    const { content, record } = await hub.complete(modelCall({ site: site({ graph: "offline_default", runId: "run-7", user: "u9" }) }));
    expect(content).toBe("DE");
    expect(record).toMatchObject({
      provider: "offline",
      model: "offline",
      costUsd: 0,
      unpricedModel: false,
      cacheHit: false,
      attempts: 1,
      runId: "run-7",
      // ceil(33 / 4) + ceil(15 / 4) input, ceil(2 / 4) output.
      inputTokens: 9 + 4,
      outputTokens: 1,
    });
    await drain();
    expect(await ledgerRows("offline_default")).toMatchObject([{ call_id: record.callId, provider: "offline", cost_usd: 0, unpriced: 0, run_id: "run-7", user_id: "u9", feature: "classification" }]);
    // Free calls add no spend rows.
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM budget_spend WHERE scope = 'graph:offline_default'").first("n")).toBe(0);
  });

  it("runs with no D1 binding at all (nothing to budget or record)", async () => {
    const hub = createModelHub({ env: {}, waitUntil: () => undefined, cache: null });
    expect((await hub.complete(modelCall())).content).toBe("DE");
  });

  it("a paid provider without D1 is misconfigured, naming the binding", async () => {
    const hub = createModelHub({ env: {}, waitUntil: () => undefined, cache: null, provider: scriptedProvider(["x"]) });
    await expect(hub.complete(modelCall())).rejects.toMatchObject({ code: "misconfigured", message: expect.stringContaining('"DB"') });
  });
});

describe("config from env on every call", () => {
  it("kill switch halts every call with a typed error; the provider is never called", async () => {
    const provider = scriptedProvider(["ok"]);
    // The switch wins even when other vars are broken.
    const { hub, drain } = harness({ provider, vars: { LLM_KILL_SWITCH: "on", LLM_DAILY_BUDGET_USD: "lots" } });
    await expect(hub.complete(modelCall({ site: site({ graph: "killed" }) }))).rejects.toMatchObject({ name: "ModelCallError", code: "kill_switch" });
    expect(await codeOf(hub.completeJson(modelCall({ site: site({ graph: "killed" }) }), z.string()))).toBe("kill_switch");
    expect(provider.requests).toHaveLength(0);
    await drain();
    expect(await ledgerRows("killed")).toEqual([]);
  });

  it("a var changed between calls applies to the next call, with no new hub", async () => {
    const vars: Record<string, unknown> = { DB: env.DB };
    const hub = createModelHub({ env: vars, waitUntil: () => undefined, cache: null, ledger: { write: async () => ({ crossings: [] }) } });
    expect((await hub.complete(modelCall())).content).toBe("DE");
    vars.LLM_KILL_SWITCH = "1";
    expect(await codeOf(hub.complete(modelCall()))).toBe("kill_switch");
  });

  it("a bad var refuses the call as misconfigured, naming it", async () => {
    const { hub } = harness({ vars: { LLM_REQUEST_TOKEN_CEILING: "lots" } });
    await expect(hub.complete(modelCall())).rejects.toMatchObject({ code: "misconfigured", message: expect.stringContaining("LLM_REQUEST_TOKEN_CEILING") });
  });

  it("LLM_PROVIDER picks a registered factory; an unregistered one is misconfigured", async () => {
    const provider = scriptedProvider(["from workers ai"], { name: "workers-ai", model: "@cf/meta/llama-3.1-8b-instruct" });
    const { hub } = harness({ vars: { LLM_PROVIDER: "workers-ai" }, providers: { "workers-ai": () => provider } });
    expect((await hub.complete(modelCall())).record).toMatchObject({ provider: "workers-ai", model: "@cf/meta/llama-3.1-8b-instruct" });
    const bare = harness({ vars: { LLM_PROVIDER: "replay" } });
    await expect(bare.hub.complete(modelCall())).rejects.toMatchObject({ code: "misconfigured", message: expect.stringContaining('LLM_PROVIDER="replay"') });
  });

  it("model: the call's, else LLM_MODEL, else the provider default", async () => {
    const provider = scriptedProvider([{ content: "x", model: "" }]);
    const { hub } = harness({ provider, vars: { LLM_MODEL: "gpt-4.1-mini" } });
    await hub.complete(modelCall());
    await hub.complete(modelCall({ model: "gpt-4o" }));
    expect(provider.requests.map((r) => r.model)).toEqual(["gpt-4.1-mini", "gpt-4o"]);
  });
});

describe("token ceiling (per request)", () => {
  it("refuses a call whose estimated input + maxOutputTokens would pass the ceiling", async () => {
    const provider = scriptedProvider([{ content: "draft", usage: { input: 3, output: 600, cached: 0 } }]);
    const { hub } = harness({ provider, vars: { LLM_REQUEST_TOKEN_CEILING: "1500" } });
    const call = modelCall({ maxOutputTokens: 1000, messages: [{ role: "user", content: "Hi" }] });
    await hub.complete(call);
    expect(hub.tokensUsed).toBe(603);
    // 603 used + 1 estimated input + 1000 max output > 1500.
    await expect(hub.complete(call)).rejects.toMatchObject({ code: "token_ceiling", message: expect.stringContaining("LLM_REQUEST_TOKEN_CEILING=1500") });
    expect(provider.requests).toHaveLength(1);
  });

  it("counts concurrent calls' reservations, and a fresh hub (request) starts from zero", async () => {
    const provider = scriptedProvider([{ content: "ok", usage: { input: 1, output: 1, cached: 0 } }]);
    const { hub } = harness({ provider, vars: { LLM_REQUEST_TOKEN_CEILING: "2500" } });
    const call = modelCall({ maxOutputTokens: 1000, messages: [{ role: "user", content: "Hi" }] });
    const codes = await Promise.all([1, 2, 3].map(() => codeOf(hub.complete(call))));
    expect(codes.sort()).toEqual(["resolved", "resolved", "token_ceiling"]);
    expect(await codeOf(harness({ provider, vars: { LLM_REQUEST_TOKEN_CEILING: "2500" } }).hub.complete(call))).toBe("resolved");
  });

  it("a failed call gives its reservation back", async () => {
    const provider = scriptedProvider([new Error("boom"), "ok"]);
    const { hub } = harness({ provider, vars: { LLM_REQUEST_TOKEN_CEILING: "1100" } });
    const call = modelCall({ maxOutputTokens: 1000, messages: [{ role: "user", content: "Hi" }] });
    expect(await codeOf(hub.complete(call))).toBe("provider_error");
    expect(await codeOf(hub.complete(call))).toBe("resolved");
  });
});

describe("budgets", () => {
  // The $0.25 calls are 100k tokens each: lift the per-request token ceiling out of the way.
  const CEILING = { LLM_REQUEST_TOKEN_CEILING: "10000000" };
  const BUDGETS = { LLM_GRAPH_BUDGETS_USD: '{"budget_a": 0.5, "budget_b": 5}', LLM_DAILY_BUDGET_USD: "100", ...CEILING };
  const callOf = (graph: string) => modelCall({ site: site({ graph }) });
  const noon = () => new Date("2031-06-01T12:00:00Z");

  it("crossing a graph's budget refuses only that graph, and alerts exactly once", async () => {
    const provider = scriptedProvider([QUARTER]);
    const { hub, alerts, drain } = harness({ provider, vars: BUDGETS, now: noon });
    await hub.complete(callOf("budget_a"));
    await hub.complete(callOf("budget_a")); // $0.50: reaches the cap
    // Refused before the ledger flush even lands: this run counts its own spend.
    expect(await codeOf(hub.complete(callOf("budget_a")))).toBe("budget_exceeded");
    expect(await codeOf(hub.complete(callOf("budget_b")))).toBe("resolved");
    await drain();

    // Another request, after the flush: still refused, still one alert.
    const next = harness({ provider, vars: BUDGETS, now: noon, notify: async (a) => void alerts.push(a) });
    await expect(next.hub.complete(callOf("budget_a"))).rejects.toMatchObject({ code: "budget_exceeded", message: expect.stringContaining('Graph "budget_a"') });
    expect(await codeOf(next.hub.complete(callOf("budget_b")))).toBe("resolved");
    await next.drain();

    expect(provider.requests).toHaveLength(4);
    expect(alerts).toEqual([
      expect.objectContaining({ kind: "llm_budget_exceeded", day: "2031-06-01", scope: "graph:budget_a", graph: "budget_a", spentUsd: 0.5, limitUsd: 0.5 }),
    ]);
  });

  it("the global budget refuses every graph", async () => {
    const provider = scriptedProvider([QUARTER]);
    const at = () => new Date("2031-06-02T12:00:00Z");
    const vars = { LLM_DAILY_BUDGET_USD: "0.25", ...CEILING };
    const { hub, alerts, drain } = harness({ provider, vars, now: at });
    await hub.complete(callOf("global_a"));
    await drain();
    expect(await codeOf(hub.complete(callOf("global_a")))).toBe("budget_exceeded");
    await expect(hub.complete(callOf("global_b"))).rejects.toMatchObject({ code: "budget_exceeded", message: expect.stringContaining("LLM_DAILY_BUDGET_USD") });
    await drain();
    expect(alerts.map((a) => a.scope)).toEqual(["global"]);
  });

  it("resets at UTC midnight", async () => {
    const provider = scriptedProvider([QUARTER]);
    let now = new Date("2031-06-03T23:59:58Z");
    const vars = { LLM_GRAPH_BUDGETS_USD: '{"midnight": 0.25}', ...CEILING };
    const { hub, drain } = harness({ provider, vars, now: () => now });
    await hub.complete(callOf("midnight"));
    await drain();
    expect(await codeOf(hub.complete(callOf("midnight")))).toBe("budget_exceeded");
    now = new Date("2031-06-04T00:00:01Z");
    expect(await codeOf(hub.complete(callOf("midnight")))).toBe("resolved");
  });

  it("a cap lowered below today's spend refuses and alerts once (no flush crossed it)", async () => {
    await env.DB.prepare(UPSERT_SPEND).bind("2031-06-05", "graph:lowered", 3, "2031-06-05T01:00:00Z").run();
    const vars = { LLM_GRAPH_BUDGETS_USD: '{"lowered": 2}' };
    const now = () => new Date("2031-06-05T12:00:00Z");
    const first = harness({ provider: scriptedProvider(["x"]), vars, now });
    expect(await codeOf(first.hub.complete(callOf("lowered")))).toBe("budget_exceeded");
    expect(await codeOf(first.hub.complete(callOf("lowered")))).toBe("budget_exceeded");
    await first.drain();
    const second = harness({ provider: scriptedProvider(["x"]), vars, now, notify: async (a) => void first.alerts.push(a) });
    expect(await codeOf(second.hub.complete(callOf("lowered")))).toBe("budget_exceeded");
    await second.drain();
    expect(first.alerts).toEqual([expect.objectContaining({ scope: "graph:lowered", spentUsd: 3, limitUsd: 2 })]);
  });
});

describe("ledger", () => {
  it("writes the run's concurrent calls in one batch after the response, cost null for an unpriced model", async () => {
    const { db, batches } = batchSpy(env.DB);
    const provider = scriptedProvider([QUARTER, { content: "?", model: "mystery-model-9", usage: { input: 50, output: 5, cached: 0 } }, QUARTER]);
    const { hub, pending, drain } = harness({ provider, vars: { DB: db, LLM_REQUEST_TOKEN_CEILING: "10000000" } });
    const g = (node: string) => modelCall({ site: site({ graph: "ledger_hub", node, feature: "outreach" }) });
    const results = await Promise.all([hub.complete(g("a")), hub.complete(g("b")), hub.complete(g("c"))]);
    expect(results[1]!.record).toMatchObject({ model: "mystery-model-9", costUsd: null, unpricedModel: true });
    // Nothing written on the hot path: the write waits in waitUntil.
    expect(batches).toEqual([]);
    expect(pending.length).toBeGreaterThan(0);
    await drain();
    expect(batches).toHaveLength(1);
    const rows = await ledgerRows("ledger_hub");
    expect(rows.map((r) => [r.node, r.model, r.cost_usd, r.unpriced])).toEqual(
      expect.arrayContaining([
        ["a", "gpt-4o", 0.25, 0],
        ["b", "mystery-model-9", null, 1],
        ["c", "gpt-4o", 0.25, 0],
      ]),
    );
    expect(hub.records).toHaveLength(3);
  });

  it("a failed ledger write is counted and never fails the call", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { hub, drain } = harness({ ledger: { write: () => Promise.reject(new Error("D1 down")) } });
    expect((await hub.complete(modelCall())).content).toBe("DE");
    await drain();
    expect(hub.ledgerErrors).toBe(1);
    errors.mockRestore();
  });
});

describe("exact-match cache", () => {
  const openCache = () => caches.open(`hub-${crypto.randomUUID()}`);

  it("serves a second identical temperature-0 call from the cache: provider called once, cost 0", async () => {
    const provider = scriptedProvider(["Bonjour"]);
    const { hub, drain } = harness({ provider, cache: await openCache() });
    const first = await hub.complete(modelCall());
    await drain();
    const second = await hub.complete(modelCall());
    expect(provider.requests).toHaveLength(1);
    expect(second.content).toBe("Bonjour");
    expect(first.record).toMatchObject({ cacheHit: false, costUsd: 0.00021 });
    expect(second.record).toMatchObject({ cacheHit: true, costUsd: 0, inputTokens: 0, outputTokens: 0, unpricedModel: false });
  });

  it("misses on a new prompt version, and skips sampled calls unless cacheable", async () => {
    const provider = scriptedProvider(["x"]);
    const { hub, drain } = harness({ provider, cache: await openCache() });
    const run = async (over: Parameters<typeof modelCall>[0]) => {
      await hub.complete(modelCall(over));
      await drain();
    };
    await run({});
    await run({ site: site({ promptVersion: "country-v2" }) });
    await run({ temperature: 0.7 });
    await run({ temperature: 0.7 });
    await run({ temperature: 0.7, cacheable: true });
    await run({ temperature: 0.7, cacheable: true });
    expect(provider.requests).toHaveLength(5);
  });

  it("never caches the offline provider, and LLM_CACHE_TTL_SECONDS=0 turns the cache off", async () => {
    const cache = { match: vi.fn(), put: vi.fn() };
    await harness({ cache }).hub.complete(modelCall());
    await harness({ cache, provider: scriptedProvider(["x"]), vars: { LLM_CACHE_TTL_SECONDS: "0" } }).hub.complete(modelCall());
    expect(cache.match).not.toHaveBeenCalled();
    expect(cache.put).not.toHaveBeenCalled();
  });

  it("fails open: throwing match and put fall through to the provider and are counted", async () => {
    const provider = scriptedProvider(["still answered"]);
    const cache = faultyCache();
    const { hub, drain } = harness({ provider, cache });
    const { content, record } = await hub.complete(modelCall());
    await drain();
    expect(content).toBe("still answered");
    expect(record).toMatchObject({ cacheHit: false, cacheErrors: 1 });
    expect(cache.calls).toBe(2);
    expect(hub.cacheErrors).toBe(2);
    expect(provider.requests).toHaveLength(1);
  });
});

describe("provider call", () => {
  it("aborts at the call's deadline with a retryable timeout, even if the provider ignores the signal", async () => {
    let seen: AbortSignal | undefined;
    const provider = scriptedProvider([
      (_request, signal) => {
        seen = signal;
        return new Promise(() => undefined);
      },
    ]);
    const { hub } = harness({ provider });
    await expect(hub.complete(modelCall({ deadlineMs: 20 }))).rejects.toMatchObject({ code: "timeout", retryable: true });
    expect(seen?.aborted).toBe(true);
  });

  it("wraps a provider's plain error as provider_error; passes gateway errors through", async () => {
    const { hub } = harness({ provider: scriptedProvider([new TypeError("socket hang up"), new ModelCallError("rate_limited", "429", true)]) });
    await expect(hub.complete(modelCall())).rejects.toMatchObject({ code: "provider_error", message: expect.stringContaining("socket hang up") });
    await expect(hub.complete(modelCall())).rejects.toMatchObject({ code: "rate_limited", retryable: true });
  });

  it("hands the provider the resolved request", async () => {
    const provider = scriptedProvider(["x"]);
    await harness({ provider }).hub.complete(modelCall({ json: true, maxOutputTokens: 64, temperature: 0.3 }));
    expect(provider.requests[0]).toMatchObject({ model: "gpt-4o-mini", temperature: 0.3, maxOutputTokens: 64, json: true });
  });

  it("rejects a nonsensical call as misconfigured, naming the field", async () => {
    const { hub } = harness();
    await expect(hub.complete(modelCall({ maxOutputTokens: 0 }))).rejects.toMatchObject({ code: "misconfigured", message: expect.stringContaining("call.maxOutputTokens") });
  });
});
