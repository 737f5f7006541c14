import type { LedgerStatus } from "../campaign/ledger-action.ts";
import type { SendReceipt } from "../campaign/sender.ts";
import { COUNT_SENT_ON_DAY, LEDGER_FOR_THREAD, MARK_SENT, MARK_UNKNOWN, RESERVE_SEND, SELECT_LEDGER_ROW } from "./sql.ts";

/** One touch's reservation. */
export interface LedgerReservation {
  readonly campaignId: string;
  readonly contactId: string;
  readonly step: number;
  readonly threadId: string;
  readonly mailboxId: string;
  readonly key: string;
}

export interface LedgerRow {
  readonly step: number;
  readonly status: LedgerStatus;
  readonly provider: string | null;
  readonly provider_message_id: string | null;
  readonly message_id: string | null;
  readonly sent_day: string | null;
  readonly sent_at: string | null;
  readonly created_at: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The `send_ledger` table: exactly-once sends across crashes. A touch is
 * reserved before the provider is called and marked sent after; see
 * `ledgerAction` for what a resumed attempt does with the row it finds.
 *
 * @example
 * const reservedNow = await ledger.reserve(r, now);
 * const row = await ledger.row(r.key);
 */
export class SendLedger {
  constructor(private readonly db: D1Database) {}

  /** Reserves the touch; true when this call created the row, false when it already existed. */
  async reserve(r: LedgerReservation, now: number): Promise<boolean> {
    const result = await this.db.prepare(RESERVE_SEND).bind(r.campaignId, r.contactId, r.step, r.threadId, r.mailboxId, r.key, iso(now)).run();
    return result.meta.changes === 1;
  }

  async row(key: string): Promise<LedgerRow | null> {
    return this.db.prepare(SELECT_LEDGER_ROW).bind(key).first<LedgerRow>();
  }

  /** Records the provider's acceptance; `sentDay` is the mailbox-local day the daily cap counts. */
  async markSent(key: string, receipt: SendReceipt, sentDay: string, now: number): Promise<void> {
    await this.db.prepare(MARK_SENT).bind(key, receipt.provider, receipt.providerMessageId, receipt.messageId, sentDay, iso(now)).run();
  }

  /** A reserved touch whose outcome cannot be known: a human must decide. */
  async markUnknown(key: string): Promise<void> {
    await this.db.prepare(MARK_UNKNOWN).bind(key).run();
  }

  /** Sends of a mailbox on one of its local days. */
  async sentOnDay(mailboxId: string, day: string): Promise<number> {
    return (await this.db.prepare(COUNT_SENT_ON_DAY).bind(mailboxId, day).first<{ n: number }>())?.n ?? 0;
  }

  async forThread(threadId: string): Promise<LedgerRow[]> {
    return (await this.db.prepare(LEDGER_FOR_THREAD).bind(threadId).all<LedgerRow>()).results;
  }
}
