import { budgetAlert, forgetSpend, graphScope, sendAlert, utcDay, type AlertNotifier, type Spend } from "../budgets.ts";
import type { CostLedger, LedgerEntry } from "../cost-ledger.ts";

export interface LedgerQueueOptions {
  readonly ledger: CostLedger | null;
  readonly db: D1Database | undefined;
  readonly waitUntil: (promise: Promise<unknown>) => void;
  /** Calls finishing within this window share one ledger batch. */
  readonly batchMs: number;
  readonly notifier: () => AlertNotifier;
}

/**
 * The hub's write-behind ledger: records are queued and written after the
 * response (`waitUntil`), all calls that finish within `batchMs` in one batch.
 * Until a batch lands, its spend is still counted by {@link unflushed} so this
 * run's own budget checks see it.
 */
export class LedgerQueue {
  /** Batches that failed to write (their rows are lost and logged). */
  errors = 0;
  private pending: LedgerEntry[] = [];
  private writing = new Set<LedgerEntry>();
  private scheduled = false;

  constructor(private readonly o: LedgerQueueOptions) {}

  add(entry: LedgerEntry): void {
    if (!this.o.ledger) return;
    this.pending.push(entry);
    if (this.scheduled) return;
    this.scheduled = true;
    this.o.waitUntil(
      new Promise((resolve) => setTimeout(resolve, this.o.batchMs)).then(() => {
        this.scheduled = false;
        return this.flush();
      }),
    );
  }

  /** USD of this hub's calls on `day` not yet in D1, fleet-wide and for `graph`. */
  unflushed(day: string, graph: string): Spend {
    let global = 0;
    let ofGraph = 0;
    for (const e of [...this.pending, ...this.writing]) {
      if (!e.record.costUsd || utcDay(new Date(e.record.at)) !== day) continue;
      global += e.record.costUsd;
      if (graphScope(e.record.graph) === graphScope(graph)) ofGraph += e.record.costUsd;
    }
    return { global, graph: ofGraph };
  }

  /** Writes everything queued now, then sends the alerts this write claimed. Never throws. */
  async flush(): Promise<void> {
    const entries = this.pending.splice(0);
    if (entries.length === 0 || !this.o.ledger) return;
    for (const e of entries) this.writing.add(e);
    try {
      const { crossings } = await this.o.ledger.write(entries);
      if (this.o.db) forgetSpend(this.o.db);
      for (const c of crossings) await sendAlert(this.o.db, budgetAlert(c.day, c.scope, c.spentUsd, c.limitUsd), this.o.notifier());
    } catch (e) {
      this.errors++;
      console.error(JSON.stringify({ level: "error", msg: "ledger_write_failed", rows: entries.length, error: e instanceof Error ? e.message : String(e) }));
    } finally {
      for (const e of entries) this.writing.delete(e);
    }
  }
}
