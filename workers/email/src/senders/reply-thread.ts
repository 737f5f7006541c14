import type { OutgoingMessage } from "../campaign/sender.ts";

/**
 * Where a reply belongs in the provider's own mailbox. Threading on the wire
 * is the `In-Reply-To` / `References` headers of `message.headers` (RFC 5322
 * §3.6.4); providers additionally want their own ids:
 * - Gmail threads a sent message only with `threadId` plus those headers and
 *   the same Subject (developers.google.com/workspace/gmail/api/guides/threads);
 * - Microsoft Graph cannot set `In-Reply-To` through `internetMessageHeaders`
 *   (only `x-` names are allowed), so a reply goes to `/messages/{id}/reply`.
 */
export interface ProviderThread {
  /** Gmail `threadId` of the conversation. */
  readonly providerThreadId?: string;
  /** Graph message id of the message being answered. */
  readonly providerMessageId?: string;
}

/**
 * An outgoing message that may answer an earlier one. The `Sender` interface
 * takes an `OutgoingMessage`; senders of this folder also read `thread`.
 *
 * @example
 * await sender.send({ ...message, headers: { ...message.headers, "In-Reply-To": "<a@x>", References: "<a@x>" }, thread: { providerThreadId: "18c…" } }, key);
 */
export type OutgoingReply = OutgoingMessage & { readonly thread?: ProviderThread };

/**
 * The deterministic RFC 5322 Message-ID of a send: derived from the ledger
 * key (like the outbox's), so a reconciliation can search the mailbox's Sent
 * folder for it after an `unknown` outcome.
 *
 * @example
 * messageIdFor("3f0c…:1", "sam@acme.example"); // "<3f0c….1@acme.example>"
 */
export function messageIdFor(idempotencyKey: string, fromAddress: string): string {
  const domain = fromAddress.split("@")[1] || "localhost";
  return `<${idempotencyKey.replace(/[^A-Za-z0-9.\-_]/g, ".")}@${domain}>`;
}
