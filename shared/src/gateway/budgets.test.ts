import { env } from "cloudflare:workers";
import { budgetAlert, budgetRefusal, claimAlert, forgetSpend, GLOBAL_SCOPE, graphScope, readSpend, sendAlert, spendIncrements, utcDay, webhookNotifier } from "./budgets.ts";
import { UPSERT_SPEND } from "./sql.ts";

const LIMITS = { globalUsd: 25, graphUsd: 10 };

describe("budgetRefusal", () => {
  it.each([
    { spent: { global: 0, graph: 0 }, refused: null },
    { spent: { global: 24.99, graph: 9.99 }, refused: null },
    { spent: { global: 5, graph: 10 }, refused: "graph:email_reply" },
    // The global cap is checked first: it refuses every graph.
    { spent: { global: 25, graph: 0 }, refused: GLOBAL_SCOPE },
    { spent: { global: 30, graph: 12 }, refused: GLOBAL_SCOPE },
  ])("$spent -> $refused", ({ spent, refused }) => {
    const refusal = budgetRefusal("email_reply", spent, LIMITS);
    expect(refusal?.scope ?? null).toBe(refused);
    if (refusal) expect(refusal.error).toMatchObject({ name: "ModelCallError", code: "budget_exceeded" });
  });

  it("a zero cap refuses the first call", () => {
    expect(budgetRefusal("g", { global: 0, graph: 0 }, { globalUsd: 25, graphUsd: 0 })?.scope).toBe("graph:g");
  });

  it("names the var to raise in the message", () => {
    expect(budgetRefusal("g", { global: 0, graph: 3 }, { globalUsd: 25, graphUsd: 2 })?.error.message).toContain("LLM_GRAPH_BUDGETS_USD");
    expect(budgetRefusal("g", { global: 30, graph: 0 }, LIMITS)?.error.message).toContain("LLM_DAILY_BUDGET_USD");
  });
});

describe("utcDay", () => {
  it.each([
    ["2026-11-03T23:59:59.999Z", "2026-11-03"],
    ["2026-11-04T00:00:00.000Z", "2026-11-04"],
    // 01:00 in Berlin is still the previous UTC day.
    ["2026-11-04T01:00:00+01:00", "2026-11-04"],
    ["2026-11-04T00:30:00+01:00", "2026-11-03"],
  ])("%s -> %s", (at, day) => expect(utcDay(new Date(at))).toBe(day));
});

describe("spendIncrements", () => {
  it("sums per (day, scope), skipping unpriced and zero costs", () => {
    const limits = { globalUsd: 25, graphUsd: 10 };
    const increments = spendIncrements([
      { day: "2026-11-03", graph: "a", usd: 1, limits },
      { day: "2026-11-03", graph: "a", usd: 2, limits },
      { day: "2026-11-03", graph: "b", usd: 0.5, limits: { globalUsd: 25, graphUsd: 3 } },
      { day: "2026-11-03", graph: "b", usd: null, limits },
      { day: "2026-11-03", graph: "b", usd: 0, limits },
      { day: "2026-11-04", graph: "a", usd: 4, limits },
    ]);
    expect(increments).toEqual([
      { day: "2026-11-03", scope: "global", usd: 3.5, limitUsd: 25 },
      { day: "2026-11-03", scope: "graph:a", usd: 3, limitUsd: 10 },
      { day: "2026-11-03", scope: "graph:b", usd: 0.5, limitUsd: 3 },
      { day: "2026-11-04", scope: "global", usd: 4, limitUsd: 25 },
      { day: "2026-11-04", scope: "graph:a", usd: 4, limitUsd: 10 },
    ]);
  });
});

describe("readSpend", () => {
  const at = "2030-02-01T00:00:00Z";

  it("reads the global and graph scopes of one day (0 when absent)", async () => {
    await env.DB.prepare(UPSERT_SPEND).bind("2030-02-01", "global", 7, at).run();
    await env.DB.prepare(UPSERT_SPEND).bind("2030-02-01", "graph:read_a", 2, at).run();
    await env.DB.prepare(UPSERT_SPEND).bind("2030-02-02", "graph:read_a", 99, at).run();
    expect(await readSpend(env.DB, "2030-02-01", "read_a", { nowMs: 0, maxAgeMs: 0 })).toEqual({ global: 7, graph: 2 });
    expect(await readSpend(env.DB, "2030-02-01", "read_b", { nowMs: 0, maxAgeMs: 0 })).toEqual({ global: 7, graph: 0 });
  });

  it("reuses a read in this isolate for maxAgeMs, and forgetSpend drops it", async () => {
    const read = (nowMs: number) => readSpend(env.DB, "2030-02-03", "read_cache", { nowMs, maxAgeMs: 5_000 });
    expect(await read(1_000)).toEqual({ global: 0, graph: 0 });
    // Another isolate's flush lands in D1.
    await env.DB.prepare(UPSERT_SPEND).bind("2030-02-03", "graph:read_cache", 2, at).run();
    expect(await read(5_999)).toEqual({ global: 0, graph: 0 });
    expect(await read(6_000)).toEqual({ global: 0, graph: 2 });
    await env.DB.prepare(UPSERT_SPEND).bind("2030-02-03", "graph:read_cache", 1, at).run();
    forgetSpend(env.DB);
    expect(await read(6_001)).toEqual({ global: 0, graph: 3 });
  });
});

describe("alerts", () => {
  const at = "2026-11-03T12:00:00.000Z";

  it("claimAlert gives the crossing to exactly one caller, and only once spend reached the cap", async () => {
    const day = "2030-01-01";
    const scope = graphScope("claim_test");
    await env.DB.prepare(UPSERT_SPEND).bind(day, scope, 4, at).run();
    expect(await claimAlert(env.DB, day, scope, 5, at)).toBeNull(); // not crossed yet
    await env.DB.prepare(UPSERT_SPEND).bind(day, scope, 1.5, at).run();
    const claims = await Promise.all([1, 2, 3].map(() => claimAlert(env.DB, day, scope, 5, at)));
    expect(claims.filter((c) => c !== null)).toEqual([5.5]);
  });

  it("sendAlert releases the claim when delivery fails, so a later flush retries", async () => {
    const day = "2030-01-02";
    const scope = graphScope("release_test");
    await env.DB.prepare(UPSERT_SPEND).bind(day, scope, 9, at).run();
    const spent = await claimAlert(env.DB, day, scope, 5, at);
    const failing = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await sendAlert(env.DB, budgetAlert(day, scope, spent!, 5), async () => Promise.reject(new Error("503")))).toBe(false);
    failing.mockRestore();
    expect(await claimAlert(env.DB, day, scope, 5, at)).toBe(9);
  });

  it("webhookNotifier POSTs the alert as JSON and rejects on a non-2xx answer", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockResolvedValueOnce(new Response("ok")).mockResolvedValueOnce(new Response("no", { status: 500 }));
    const alert = budgetAlert("2026-11-03", "graph:email_reply", 10.25, 10);
    await webhookNotifier("https://hooks.example.com/page")(alert);
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe("https://hooks.example.com/page");
    expect(init).toMatchObject({ method: "POST", headers: { "content-type": "application/json" } });
    expect(JSON.parse(init!.body as string)).toEqual({ ...alert, kind: "llm_budget_exceeded", graph: "email_reply" });
    await expect(webhookNotifier("https://hooks.example.com/page")(alert)).rejects.toThrow("500");
    fetchSpy.mockRestore();
  });

  it("alert text names the scope, the day and the amounts", () => {
    expect(budgetAlert("2026-11-03", GLOBAL_SCOPE, 25.123456, 25).text).toBe(
      "LLM budget exceeded for the whole fleet on 2026-11-03 (UTC): $25.1235 of $25. Further calls are refused until UTC midnight.",
    );
  });
});
