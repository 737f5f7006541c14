/** Status of a `send_ledger` row. */
export type LedgerStatus = "reserved" | "sent" | "unknown";

/** What `send_touch` does with the ledger row of (campaign, contact, step). */
export type LedgerAction = "send" | "already_sent" | "mark_unknown" | "unknown";

/**
 * The send ledger's rule. A row this attempt reserved is sent. A row already
 * sent is never sent again. A row left `reserved` by a crashed attempt may
 * have reached the provider: it is re-sent only through an idempotent sender
 * (which dedupes by key), otherwise marked `unknown` for a human — never a
 * blind resend. An `unknown` row stays unknown until a human resolves it.
 *
 * @example
 * ledgerAction("reserved", { reservedNow: false, idempotentSender: false }); // "mark_unknown"
 * ledgerAction("reserved", { reservedNow: false, idempotentSender: true });  // "send"
 */
export function ledgerAction(status: LedgerStatus, o: { reservedNow: boolean; idempotentSender: boolean }): LedgerAction {
  if (status === "sent") return "already_sent";
  if (status === "unknown") return "unknown";
  if (o.reservedNow || o.idempotentSender) return "send";
  return "mark_unknown";
}

/**
 * The ledger (and outbox, and provider) key of one touch: the thread id is
 * uuidv5(campaign, contact), so this names (campaign, contact, step).
 *
 * @example
 * ledgerKey("3f0c…", 2); // "3f0c…:2"
 */
export const ledgerKey = (threadId: string, step: number): string => `${threadId}:${step}`;
