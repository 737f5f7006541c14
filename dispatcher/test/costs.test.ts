import { env } from "cloudflare:workers";
import { call } from "./helpers.ts";

const INSERT = `INSERT INTO cost_ledger
  (call_id, at, day, provider, model, graph, node, prompt_version, feature, user_id, tenant, run_id,
   input_tokens, output_tokens, cached_tokens, cost_usd, price_table_version, unpriced, latency_ms, cache_hit, attempts)
VALUES (?, ?, ?, 'openai-compatible', ?, ?, ?, 'v1', ?, ?, NULL, NULL, ?, ?, 0, ?, '2026-11-01', ?, 10, 0, 1)`;

type Row = [day: string, model: string, graph: string, node: string, feature: string, user: string | null, input: number, output: number, cost: number | null];
const ROWS: Row[] = [
  ["2026-11-01", "gpt-4o-mini", "email_reply", "compose", "outreach", "u1", 1000, 100, 0.5],
  ["2026-11-02", "gpt-4o-mini", "email_reply", "refine", "outreach", "u2", 2000, 200, 1.5],
  ["2026-11-02", "mystery", "country_classify", "classify", "uncategorized", null, 300, 30, null],
  ["2026-11-03", "gpt-4o-mini", "country_classify", "classify", "classification", "u1", 400, 40, 0.25],
  // Outside the range queried below.
  ["2026-12-01", "gpt-4o-mini", "email_reply", "compose", "outreach", "u1", 9, 9, 99],
];

beforeAll(async () => {
  await env.DB.batch(
    ROWS.map(([day, model, graph, node, feature, user, input, output, cost], i) =>
      env.DB.prepare(INSERT).bind(`c${i}`, `${day}T10:00:00.000Z`, day, model, graph, node, feature, user, input, output, cost, cost === null ? 1 : 0),
    ),
  );
});

describe("GET /costs", () => {
  it("rolls the ledger up by graph over the day range", async () => {
    const res = await call("/costs?from=2026-11-01&to=2026-11-30&by=graph");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
      by: "graph",
      rows: [
        { key: "email_reply", calls: 2, input_tokens: 3000, output_tokens: 300, cost_usd: 2, unpriced_calls: 0 },
        { key: "country_classify", calls: 2, input_tokens: 700, output_tokens: 70, cost_usd: 0.25, unpriced_calls: 1 },
      ],
    });
  });

  it.each([
    ["node", ["email_reply/refine", "email_reply/compose", "country_classify/classify"]],
    ["user", ["u2", "u1", "anonymous"]],
    ["feature", ["outreach", "classification", "uncategorized"]],
    ["day", ["2026-11-02", "2026-11-01", "2026-11-03"]],
  ])("by=%s", async (by, keys) => {
    const res = await call(`/costs?from=2026-11-01&to=2026-11-30&by=${by}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { key: string }[] };
    expect(body.rows.map((r) => r.key)).toEqual(keys);
  });

  it("defaults to by=graph", async () => {
    const body = (await (await call("/costs?from=2026-11-02&to=2026-11-02")).json()) as { by: string; rows: unknown[] };
    expect(body.by).toBe("graph");
    expect(body.rows).toHaveLength(2);
  });

  it.each([
    ["/costs", "query.from"],
    ["/costs?from=2026-11-01", "query.to"],
    ["/costs?from=2026-11-1&to=2026-11-30", "query.from"],
    ["/costs?from=2026-02-30&to=2026-03-01", "query.from"],
    ["/costs?from=2026-11-30&to=2026-11-01", "query.to"],
    ["/costs?from=2020-01-01&to=2026-11-01", "query.to"],
    ["/costs?from=2026-11-01&to=2026-11-30&by=tenant", "query.by"],
    // A typo'd parameter is an error, not silently ignored.
    ["/costs?from=2026-11-01&to=2026-11-30&group=graph", "query"],
  ])("%s -> 400 invalid_query naming %s", async (path, where) => {
    const res = await call(path);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe("invalid_query");
    expect(body.message).toContain(`Invalid ${where}`);
  });

  it("sits behind the bearer token", async () => {
    const res = await call("/costs?from=2026-11-01&to=2026-11-30", { headers: { authorization: "Bearer wrong" } });
    expect(res.status).toBe(401);
  });
});
