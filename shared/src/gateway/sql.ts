/**
 * SQL of the model gateway (schema: migrations/0004_cost_ledger.sql). The
 * ledger and budget code only bind values and map rows.
 */

/** Inserts one ledger row; binds the 21 columns in order. A replayed call id is ignored. */
export const INSERT_LEDGER_ROW = `INSERT OR IGNORE INTO cost_ledger
  (call_id, at, day, provider, model, graph, node, prompt_version, feature, user_id, tenant, run_id,
   input_tokens, output_tokens, cached_tokens, cost_usd, price_table_version, unpriced, latency_ms, cache_hit, attempts)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Adds spend to one (day, scope); binds day, scope, usd, updated_at. */
export const UPSERT_SPEND = `INSERT INTO budget_spend (day, scope, spent_usd, updated_at)
VALUES (?, ?, ?, ?)
ON CONFLICT (day, scope) DO UPDATE SET
  spent_usd = spent_usd + excluded.spent_usd,
  updated_at = excluded.updated_at`;

/**
 * Claims the alert of a (day, scope) whose spend has reached the limit; binds
 * ?1 day, ?2 scope, ?3 limit_usd, ?4 alerted_at. It returns a row (the
 * spend) to exactly one writer per (day, scope): the one that sends the alert.
 */
export const CLAIM_ALERT = `INSERT OR IGNORE INTO budget_alerts (day, scope, spent_usd, limit_usd, alerted_at)
SELECT day, scope, spent_usd, ?3, ?4 FROM budget_spend
WHERE day = ?1 AND scope = ?2 AND spent_usd >= ?3
RETURNING spent_usd`;

/** Gives a claimed alert back after its webhook failed, so the next flush retries; binds day, scope. */
export const RELEASE_ALERT = "DELETE FROM budget_alerts WHERE day = ? AND scope = ?";

/** Spend of one day in the global scope and one graph scope; binds day, scope, scope. */
export const SELECT_SPEND = "SELECT scope, spent_usd FROM budget_spend WHERE day = ? AND scope IN (?, ?)";

/** Roll-up dimensions of {@link rollupSql} and the key expression of each. */
export const ROLLUP_KEYS = {
  graph: "graph",
  node: "graph || '/' || node",
  user: "COALESCE(user_id, 'anonymous')",
  feature: "feature",
  day: "day",
} as const;

/**
 * Ledger totals per key over a day range; binds from, to (inclusive
 * 'YYYY-MM-DD'). `cost_usd` sums priced calls only (NULL when none is priced);
 * `unpriced_calls` says how much of the group that sum leaves out.
 */
export const rollupSql = (by: keyof typeof ROLLUP_KEYS): string => `SELECT ${ROLLUP_KEYS[by]} AS key,
  COUNT(*) AS calls,
  SUM(input_tokens) AS input_tokens,
  SUM(output_tokens) AS output_tokens,
  SUM(cost_usd) AS cost_usd,
  SUM(unpriced) AS unpriced_calls
FROM cost_ledger
WHERE day BETWEEN ? AND ?
GROUP BY key
ORDER BY cost_usd DESC NULLS LAST, key`;
