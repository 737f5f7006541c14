import { env } from "cloudflare:workers";
import { costRollup, d1CostLedger, ledgerRowOf, type LedgerEntry, type RollupDimension } from "./cost-ledger.ts";
import { rollupSql } from "./sql.ts";
import { batchSpy } from "./test/fakes.ts";
import type { CallRecord } from "./types.ts";

let n = 0;
const record = (over: Partial<CallRecord>): CallRecord => ({
  callId: `call-${++n}`,
  at: "2029-03-01T10:00:00.000Z",
  provider: "openai-compatible",
  model: "gpt-4o-mini",
  graph: "email_reply",
  node: "compose",
  promptVersion: "reply-v1",
  feature: "outreach",
  user: "u1",
  tenant: "t1",
  runId: "run-1",
  inputTokens: 100,
  outputTokens: 10,
  cachedTokens: 0,
  costUsd: 1,
  priceTableVersion: "2026-11-01",
  unpricedModel: false,
  latencyMs: 12,
  cacheHit: false,
  attempts: 1,
  cacheErrors: 0,
  ...over,
});
const LIMITS = { globalUsd: 1_000, graphUsd: 1_000 };
const entry = (over: Partial<CallRecord>): LedgerEntry => ({ record: record(over), limits: LIMITS });

// One month of calls, written once for the roll-up table below.
const SEED: LedgerEntry[] = [
  entry({ graph: "email_reply", node: "compose", feature: "outreach", user: "u1", costUsd: 1, at: "2029-03-01T10:00:00.000Z" }),
  entry({ graph: "email_reply", node: "compose", feature: "outreach", user: "u2", costUsd: 2, at: "2029-03-02T10:00:00.000Z" }),
  entry({ graph: "email_reply", node: "refine", feature: "outreach", user: null, costUsd: 0.5, at: "2029-03-02T11:00:00.000Z" }),
  entry({ graph: "country_classify", node: "classify", feature: "", user: "u1", costUsd: null, unpricedModel: true, model: "mystery", at: "2029-03-02T12:00:00.000Z" }),
  entry({ graph: "country_classify", node: "classify", feature: "classification", user: "u1", costUsd: 0.25, at: "2029-03-03T12:00:00.000Z" }),
  // Outside the queried range.
  entry({ graph: "email_reply", node: "compose", feature: "outreach", user: "u1", costUsd: 100, at: "2029-04-01T00:00:00.000Z" }),
];

beforeAll(async () => {
  await d1CostLedger(env.DB).write(SEED);
});

describe("d1CostLedger.write", () => {
  it("writes rows, spend and alert claims in ONE batch", async () => {
    const { db, batches } = batchSpy(env.DB);
    const { crossings } = await d1CostLedger(db).write([
      entry({ graph: "ledger_batch", at: "2029-05-01T10:00:00.000Z", costUsd: 0.1 }),
      entry({ graph: "ledger_batch", at: "2029-05-01T10:00:01.000Z", costUsd: null, unpricedModel: true, model: "mystery" }),
    ]);
    expect(crossings).toEqual([]);
    // 2 rows + 2 spend upserts (global, graph) + 2 alert claims.
    expect(batches).toEqual([6]);
    const rows = (await env.DB.prepare("SELECT model, cost_usd, unpriced, day FROM cost_ledger WHERE graph = 'ledger_batch' ORDER BY at").all()).results;
    expect(rows).toEqual([
      { model: "gpt-4o-mini", cost_usd: 0.1, unpriced: 0, day: "2029-05-01" },
      { model: "mystery", cost_usd: null, unpriced: 1, day: "2029-05-01" },
    ]);
    const spend = (await env.DB.prepare("SELECT scope, spent_usd FROM budget_spend WHERE day = '2029-05-01' ORDER BY scope").all()).results;
    expect(spend).toEqual([
      { scope: "global", spent_usd: 0.1 },
      { scope: "graph:ledger_batch", spent_usd: 0.1 },
    ]);
  });

  it("reports a crossing once: to the write that pushed spend over the cap", async () => {
    const ledger = d1CostLedger(env.DB);
    const capped = (costUsd: number): LedgerEntry => ({ record: record({ graph: "ledger_cross", at: "2029-05-02T10:00:00.000Z", costUsd }), limits: { globalUsd: 1_000, graphUsd: 1 } });
    expect((await ledger.write([capped(0.6)])).crossings).toEqual([]);
    expect((await ledger.write([capped(0.6)])).crossings).toEqual([{ day: "2029-05-02", scope: "graph:ledger_cross", spentUsd: 1.2, limitUsd: 1 }]);
    expect((await ledger.write([capped(0.6)])).crossings).toEqual([]);
  });

  it("maps a record to its row: feature never null, booleans as 0/1", () => {
    const row = ledgerRowOf(record({ callId: "x", feature: "", cacheHit: true, unpricedModel: true, costUsd: null, latencyMs: 12.7 }));
    expect(row[8]).toBe("uncategorized");
    expect(row.slice(15, 21)).toEqual([null, "2026-11-01", 1, 13, 1, 1]);
  });
});

const ROLLUPS: { by: RollupDimension; expected: { key: string; calls: number; cost_usd: number | null; unpriced_calls: number }[] }[] = [
  {
    by: "graph",
    expected: [
      { key: "email_reply", calls: 3, cost_usd: 3.5, unpriced_calls: 0 },
      { key: "country_classify", calls: 2, cost_usd: 0.25, unpriced_calls: 1 },
    ],
  },
  {
    by: "node",
    expected: [
      { key: "email_reply/compose", calls: 2, cost_usd: 3, unpriced_calls: 0 },
      { key: "email_reply/refine", calls: 1, cost_usd: 0.5, unpriced_calls: 0 },
      { key: "country_classify/classify", calls: 2, cost_usd: 0.25, unpriced_calls: 1 },
    ],
  },
  {
    by: "user",
    expected: [
      { key: "u2", calls: 1, cost_usd: 2, unpriced_calls: 0 },
      { key: "u1", calls: 3, cost_usd: 1.25, unpriced_calls: 1 },
      { key: "anonymous", calls: 1, cost_usd: 0.5, unpriced_calls: 0 },
    ],
  },
  {
    by: "feature",
    expected: [
      { key: "outreach", calls: 3, cost_usd: 3.5, unpriced_calls: 0 },
      { key: "classification", calls: 1, cost_usd: 0.25, unpriced_calls: 0 },
      // Only unpriced calls: the sum is unknown (null), never 0.
      { key: "uncategorized", calls: 1, cost_usd: null, unpriced_calls: 1 },
    ],
  },
  {
    by: "day",
    expected: [
      { key: "2029-03-02", calls: 3, cost_usd: 2.5, unpriced_calls: 1 },
      { key: "2029-03-01", calls: 1, cost_usd: 1, unpriced_calls: 0 },
      { key: "2029-03-03", calls: 1, cost_usd: 0.25, unpriced_calls: 0 },
    ],
  },
];

describe("costRollup", () => {
  it.each(ROLLUPS)("by $by", async ({ by, expected }) => {
    const rows = await costRollup(env.DB, { from: "2029-03-01", to: "2029-03-31", by });
    expect(rows.map(({ key, calls, cost_usd, unpriced_calls }) => ({ key, calls, cost_usd, unpriced_calls }))).toEqual(expected);
  });

  it("sums tokens", async () => {
    const [row] = await costRollup(env.DB, { from: "2029-03-01", to: "2029-03-01", by: "graph" });
    expect(row).toEqual({ key: "email_reply", calls: 1, input_tokens: 100, output_tokens: 10, cost_usd: 1, unpriced_calls: 0 });
  });

  it.each(["graph", "node", "user", "feature", "day"] as const)("by %s searches the day index, never scans the table", async (by) => {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${rollupSql(by)}`).bind("2029-03-01", "2029-03-31").all<{ detail: string }>();
    const details = plan.results.map((r) => r.detail).join("\n");
    expect(details).toContain("USING INDEX cost_ledger_by_day");
    expect(details).not.toMatch(/SCAN cost_ledger\b(?! USING)/);
  });
});
