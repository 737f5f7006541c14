import { spendIncrements, spendStatements, utcDay, type BudgetLimits } from "./budgets.ts";
import { INSERT_LEDGER_ROW, ROLLUP_KEYS, rollupSql } from "./sql.ts";
import type { CallRecord } from "./types.ts";

/** One call to write: its record and the caps in force when it ran (for the alert claim). */
export interface LedgerEntry {
  readonly record: CallRecord;
  readonly limits: BudgetLimits;
}

/** A budget this write pushed over its cap, whose single alert this writer claimed. */
export interface BudgetCrossing {
  readonly day: string;
  readonly scope: string;
  readonly spentUsd: number;
  readonly limitUsd: number;
}

/** Where the hub writes call records. The D1 ledger is the default; tests may pass a fake. */
export interface CostLedger {
  write(entries: readonly LedgerEntry[]): Promise<{ crossings: BudgetCrossing[] }>;
}

/**
 * The bound values of one ledger row, in {@link INSERT_LEDGER_ROW} order (pure).
 *
 * @example
 * db.prepare(INSERT_LEDGER_ROW).bind(...ledgerRowOf(record));
 */
export function ledgerRowOf(r: CallRecord): (string | number | null)[] {
  return [
    r.callId, r.at, utcDay(new Date(r.at)), r.provider, r.model, r.graph, r.node, r.promptVersion,
    r.feature || "uncategorized", r.user, r.tenant, r.runId,
    r.inputTokens, r.outputTokens, r.cachedTokens, r.costUsd, r.priceTableVersion,
    r.unpricedModel ? 1 : 0, Math.round(r.latencyMs), r.cacheHit ? 1 : 0, r.attempts,
  ];
}

/**
 * The D1 cost ledger. Each `write` is ONE `db.batch()` — an atomic transaction
 * on D1 — holding the ledger rows, the spend upserts of every (day, scope) they
 * touch, and after each upsert the conditional claim of that scope's alert. So
 * spend never drifts from the ledger, and of all concurrent writers exactly one
 * sees a crossing's claim succeed.
 *
 * @example
 * const { crossings } = await d1CostLedger(env.DB).write(entries);
 */
export function d1CostLedger(db: D1Database): CostLedger {
  return {
    async write(entries) {
      if (entries.length === 0) return { crossings: [] };
      const rows = entries.map((e) => db.prepare(INSERT_LEDGER_ROW).bind(...ledgerRowOf(e.record)));
      const increments = spendIncrements(
        entries.map((e) => ({ day: utcDay(new Date(e.record.at)), graph: e.record.graph, usd: e.record.costUsd, limits: e.limits })),
      );
      const latest = entries.reduce((a, e) => (e.record.at > a ? e.record.at : a), entries[0]!.record.at);
      const { upserts, claims } = spendStatements(db, increments, latest);
      const results = await db.batch([...rows, ...upserts, ...claims]);
      const claimResults = results.slice(rows.length + upserts.length);
      const crossings = increments.flatMap((inc, i) => {
        const claimed = claimResults[i]?.results[0] as { spent_usd: number } | undefined;
        return claimed ? [{ day: inc.day, scope: inc.scope, spentUsd: claimed.spent_usd, limitUsd: inc.limitUsd }] : [];
      });
      return { crossings };
    },
  };
}

/** Dimensions `GET /costs` and {@link costRollup} group by. */
export const ROLLUP_DIMENSIONS = Object.keys(ROLLUP_KEYS) as (keyof typeof ROLLUP_KEYS)[];
export type RollupDimension = keyof typeof ROLLUP_KEYS;

/** One group of a roll-up. `cost_usd` covers priced calls only; `unpriced_calls` counts the rest. */
export interface RollupRow {
  readonly key: string;
  readonly calls: number;
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly cost_usd: number | null;
  readonly unpriced_calls: number;
}

/**
 * Ledger totals per graph, node (`graph/node`), user (`anonymous` when none),
 * feature (never null: `uncategorized`) or day, over `from`..`to` inclusive
 * ('YYYY-MM-DD', UTC), most expensive first.
 *
 * @example
 * await costRollup(env.DB, { from: "2026-11-01", to: "2026-11-30", by: "feature" });
 */
export async function costRollup(db: D1Database, q: { from: string; to: string; by: RollupDimension }): Promise<RollupRow[]> {
  const { results } = await db.prepare(rollupSql(q.by)).bind(q.from, q.to).all<RollupRow>();
  return results.map((r) => ({ ...r, key: String(r.key) }));
}
