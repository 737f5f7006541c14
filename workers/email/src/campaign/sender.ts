/** One outgoing email, already complete: headers, footer and all. */
export interface OutgoingMessage {
  readonly from: { readonly address: string; readonly name: string | null };
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** ISO 8601 send time on the campaign clock (the outbox's `created_at`; providers set their own Date). */
  readonly date: string;
  /** Extra headers: `Reply-To`, `List-Unsubscribe`, `List-Unsubscribe-Post`, … */
  readonly headers: Readonly<Record<string, string>>;
}

/** What a provider hands back once it accepted a message. */
export interface SendReceipt {
  readonly provider: string;
  readonly providerMessageId: string;
  /** RFC 5322 Message-ID when the provider tells it, for In-Reply-To matching. */
  readonly messageId: string | null;
}

/**
 * Every way of sending outreach, behind one interface. `idempotent` says
 * whether a repeat call with the same key is harmless (the provider dedupes
 * it, like the outbox or Resend's Idempotency-Key); the send ledger only
 * retries an interrupted send through an idempotent sender.
 *
 * @example
 * const receipt = await sender.send(message, "3f0c…:0");
 */
export interface Sender {
  readonly name: string;
  readonly idempotent: boolean;
  send(message: OutgoingMessage, idempotencyKey: string): Promise<SendReceipt>;
}
