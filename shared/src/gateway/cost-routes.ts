import { Hono } from "hono";
import { z } from "zod";
import { parseOr422 } from "../http/parse-or-422.ts";
import { costRollup, ROLLUP_DIMENSIONS, type RollupDimension } from "./cost-ledger.ts";

/** Longest range one `GET /costs` may scan. */
export const MAX_COST_RANGE_DAYS = 366;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a UTC day as YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "not a calendar day");

const CostQuery = z
  .strictObject({
    from: Day,
    to: Day,
    by: z.enum(ROLLUP_DIMENSIONS as [RollupDimension, ...RollupDimension[]]).default("graph"),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: '"to" is before "from"' })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < MAX_COST_RANGE_DAYS, {
    path: ["to"],
    message: `the range is longer than ${MAX_COST_RANGE_DAYS} days`,
  });

/**
 * `GET /costs?from=YYYY-MM-DD&to=YYYY-MM-DD&by=graph|node|user|feature|day`:
 * the cost ledger rolled up over a UTC day range (inclusive). A bad query is a
 * 400 `invalid_query` naming the parameter.
 *
 * @example
 * app.route("/", costRoutes()); // after the auth middleware
 * // GET /costs?from=2026-11-01&to=2026-11-30&by=feature
 * // → { from, to, by, rows: [{ key: "outreach", calls, input_tokens, output_tokens, cost_usd, unpriced_calls }] }
 */
export function costRoutes() {
  return new Hono<{ Bindings: { DB: D1Database } }>().get("/costs", async (c) => {
    const q = parseOr422(CostQuery, c.req.query(), "query", "invalid_query", 400);
    const rows = await costRollup(c.env.DB, q);
    return c.json({ from: q.from, to: q.to, by: q.by, rows });
  });
}
