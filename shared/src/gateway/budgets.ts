import { CLAIM_ALERT, RELEASE_ALERT, SELECT_SPEND, UPSERT_SPEND } from "./sql.ts";
import { ModelCallError } from "./types.ts";

/** Budget scope of the fleet-wide cap. Graph scopes are `graph:<assistant id>`, so no graph can collide with it. */
export const GLOBAL_SCOPE = "global";

/** @example graphScope("email_reply"); // "graph:email_reply" */
export const graphScope = (graph: string): string => `graph:${graph}`;

/**
 * The UTC day key budgets and roll-ups use: spend resets at UTC midnight
 * because the key changes, with nothing to clean up.
 *
 * @example utcDay(new Date("2026-11-03T23:59:59Z")); // "2026-11-03"
 */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Daily USD caps that apply to one call. */
export interface BudgetLimits {
  readonly globalUsd: number;
  readonly graphUsd: number;
}

/** USD already spent today, fleet-wide and by the call's graph. */
export interface Spend {
  readonly global: number;
  readonly graph: number;
}

/** Why a call is refused: the exhausted scope and the error to throw. */
export interface BudgetRefusal {
  readonly scope: string;
  readonly spentUsd: number;
  readonly limitUsd: number;
  readonly error: ModelCallError;
}

/**
 * Decides (pure) whether a call of `graph` may run: refused once spend has
 * reached a cap. The global cap refuses every graph; a graph's cap only that
 * graph. The call that crosses a cap still completes (its cost is unknown until
 * it returns); the ones after it are refused.
 *
 * @example
 * budgetRefusal("email_reply", { global: 3, graph: 10 }, { globalUsd: 25, graphUsd: 10 })?.scope; // "graph:email_reply"
 */
export function budgetRefusal(graph: string, spent: Spend, limits: BudgetLimits): BudgetRefusal | null {
  const over = (scope: string, spentUsd: number, limitUsd: number, what: string): BudgetRefusal => ({
    scope,
    spentUsd,
    limitUsd,
    error: new ModelCallError("budget_exceeded", `${what} daily LLM budget is spent: $${round(spentUsd)} of $${limitUsd} (UTC day).`),
  });
  if (spent.global >= limits.globalUsd) return over(GLOBAL_SCOPE, spent.global, limits.globalUsd, "The global (LLM_DAILY_BUDGET_USD)");
  if (spent.graph >= limits.graphUsd) return over(graphScope(graph), spent.graph, limits.graphUsd, `Graph "${graph}" (LLM_GRAPH_BUDGETS_USD)`);
  return null;
}

const round = (usd: number) => Math.round(usd * 10_000) / 10_000;

// Per-isolate cache of spend reads: concurrent runs in one isolate share one
// D1 read per (day, graph) for `maxAgeMs`. Spend can overshoot a cap by what
// other isolates spend in that window — the same eventual consistency AI
// Gateway spend limits have; the provider's hard spend limit is the backstop.
const spendReads = new WeakMap<D1Database, Map<string, { readAtMs: number; spend: Spend }>>();

/**
 * Today's spend of the global scope and `graph`'s scope: one indexed query,
 * reused by this isolate for up to `maxAgeMs` (0 reads every time).
 *
 * @example
 * const spent = await readSpend(env.DB, "2026-11-03", "email_reply", { nowMs: Date.now(), maxAgeMs: 5_000 });
 */
export async function readSpend(db: D1Database, day: string, graph: string, o: { nowMs: number; maxAgeMs: number }): Promise<Spend> {
  let reads = spendReads.get(db);
  if (!reads) spendReads.set(db, (reads = new Map()));
  const key = `${day}|${graph}`;
  const hit = reads.get(key);
  if (hit && o.nowMs - hit.readAtMs < o.maxAgeMs && o.nowMs >= hit.readAtMs) return hit.spend;
  const { results } = await db.prepare(SELECT_SPEND).bind(day, GLOBAL_SCOPE, graphScope(graph)).all<{ scope: string; spent_usd: number }>();
  const byScope = new Map(results.map((r) => [r.scope, r.spent_usd]));
  const spend = { global: byScope.get(GLOBAL_SCOPE) ?? 0, graph: byScope.get(graphScope(graph)) ?? 0 };
  if (o.maxAgeMs > 0) reads.set(key, { readAtMs: o.nowMs, spend });
  return spend;
}

/** Drops this isolate's cached spend reads of `db`, after a flush changed spend. */
export const forgetSpend = (db: D1Database): void => void spendReads.delete(db);

/** Spend to add to one (day, scope), and that scope's cap for the alert claim. */
export interface SpendIncrement {
  readonly day: string;
  readonly scope: string;
  readonly usd: number;
  readonly limitUsd: number;
}

/**
 * Sums priced costs per (day, scope), global and per graph (pure). Unpriced
 * (null) and zero costs add nothing, so offline runs write no spend rows.
 *
 * @example
 * spendIncrements([{ day, graph: "email_reply", usd: 0.5, limits }]); // global +0.5, graph:email_reply +0.5
 */
export function spendIncrements(costs: readonly { day: string; graph: string; usd: number | null; limits: BudgetLimits }[]): SpendIncrement[] {
  const sums = new Map<string, { day: string; scope: string; usd: number; limitUsd: number }>();
  const add = (day: string, scope: string, usd: number, limitUsd: number) => {
    const key = `${day}|${scope}`;
    const entry = sums.get(key) ?? { day, scope, usd: 0, limitUsd };
    entry.usd += usd;
    entry.limitUsd = limitUsd; // the latest call's config wins
    sums.set(key, entry);
  };
  for (const c of costs) {
    if (!c.usd) continue;
    add(c.day, GLOBAL_SCOPE, c.usd, c.limits.globalUsd);
    add(c.day, graphScope(c.graph), c.usd, c.limits.graphUsd);
  }
  return [...sums.values()];
}

/** The upsert of each increment and, after it, the claim of its alert (run in the same batch). */
export function spendStatements(db: D1Database, increments: readonly SpendIncrement[], at: string) {
  return {
    upserts: increments.map((i) => db.prepare(UPSERT_SPEND).bind(i.day, i.scope, i.usd, at)),
    claims: increments.map((i) => db.prepare(CLAIM_ALERT).bind(i.day, i.scope, i.limitUsd, at)),
  };
}

/** The JSON POSTed to `BUDGET_ALERT_WEBHOOK_URL` once per (day, scope) crossing. */
export interface BudgetAlert {
  readonly kind: "llm_budget_exceeded";
  readonly day: string;
  readonly scope: string;
  readonly graph: string | null;
  readonly spentUsd: number;
  readonly limitUsd: number;
  /** One line for chat webhooks (Slack, Discord, Google Chat read `text`). */
  readonly text: string;
}

/** Delivers an alert; rejects when it was not delivered (the claim is then released for a retry). */
export type AlertNotifier = (alert: BudgetAlert) => Promise<void>;

/** @example budgetAlert("2026-11-03", "graph:email_reply", 10.2, 10).text */
export function budgetAlert(day: string, scope: string, spentUsd: number, limitUsd: number): BudgetAlert {
  const graph = scope.startsWith("graph:") ? scope.slice("graph:".length) : null;
  const what = graph ? `graph "${graph}"` : "the whole fleet";
  const text = `LLM budget exceeded for ${what} on ${day} (UTC): $${round(spentUsd)} of $${limitUsd}. Further calls are refused until UTC midnight.`;
  return { kind: "llm_budget_exceeded", day, scope, graph, spentUsd, limitUsd, text };
}

/**
 * POSTs alerts as JSON to `url` (the paging channel). With no URL the alert is
 * logged as an error line instead, so it still reaches log-based alerting.
 *
 * @example
 * const notify = webhookNotifier(config.alertWebhookUrl);
 */
export function webhookNotifier(url: string | undefined): AlertNotifier {
  return async (alert) => {
    if (!url) {
      console.error(JSON.stringify({ level: "error", msg: "llm_budget_exceeded", ...alert, note: "BUDGET_ALERT_WEBHOOK_URL is not set" }));
      return;
    }
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(alert) });
    if (!response.ok) throw new Error(`Budget alert webhook answered ${response.status}.`);
  };
}

/**
 * Claims the alert of a crossing found when refusing a call (e.g. after a cap
 * was lowered, so no flush crossed it). Returns the spend to the one caller
 * that claimed it, `null` to everyone else.
 *
 * @example
 * const spent = await claimAlert(db, day, scope, limitUsd, at);
 * if (spent !== null) await sendAlert(db, budgetAlert(day, scope, spent, limitUsd), notify);
 */
export async function claimAlert(db: D1Database, day: string, scope: string, limitUsd: number, at: string): Promise<number | null> {
  const row = await db.prepare(CLAIM_ALERT).bind(day, scope, limitUsd, at).first<{ spent_usd: number }>();
  return row ? row.spent_usd : null;
}

/**
 * Sends a claimed alert. If delivery fails, the claim is released so a later
 * flush retries: a page that never left would be worse than a late one.
 */
export async function sendAlert(db: D1Database | undefined, alert: BudgetAlert, notify: AlertNotifier): Promise<boolean> {
  try {
    await notify(alert);
    return true;
  } catch (e) {
    console.error(JSON.stringify({ level: "error", msg: "budget_alert_failed", day: alert.day, scope: alert.scope, error: (e as Error).message }));
    await db?.prepare(RELEASE_ALERT).bind(alert.day, alert.scope).run().catch(() => undefined);
    return false;
  }
}
