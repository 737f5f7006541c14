import type { SendReceipt, Sender } from "../campaign/sender.ts";
import { base64UrlOf } from "./mime-encoding.ts";
import { failureOf, providerPost, stringAt, type ErrorOf, type ProviderHttp } from "./provider-request.ts";
import { messageIdFor, type OutgoingReply } from "./reply-thread.ts";
import { buildRfc2822 } from "./rfc2822.ts";

/** Default origin of the Gmail API (`GMAIL_API_URL` overrides it). */
export const GMAIL_API_URL = "https://gmail.googleapis.com";
/** `users.messages.send` for the token's own mailbox. */
export const GMAIL_SEND_PATH = "/gmail/v1/users/me/messages/send";

/** A Gmail receipt also names the conversation, for threading a later reply. */
export interface GmailReceipt extends SendReceipt {
  readonly providerThreadId: string | null;
}

// {"error":{"code":401,"message":"…","errors":[{"reason":"authError"}],"status":"UNAUTHENTICATED"}}
const gmailErrorOf: ErrorOf = (json) => {
  const error = (json as { error?: unknown } | null)?.error;
  const reason = (error as { errors?: unknown[] } | undefined)?.errors?.[0];
  return { code: stringAt(error, "status") || stringAt(reason, "reason"), message: stringAt(error, "message") };
};

/**
 * Sends from the user's own Gmail / Workspace mailbox:
 * `POST {GMAIL_API_URL}/gmail/v1/users/me/messages/send` with
 * `{ raw: base64url(RFC 2822), threadId? }` and the OAuth access token
 * (scope gmail.send). The Message-ID is ours (derived from the ledger key);
 * Gmail keeps a client-set one, but may rewrite From to the token owner's
 * address unless it is a verified send-as alias.
 *
 * NOT idempotent: the API takes no idempotency key, so a repeat is a second
 * email (google_workspace_mcp#997). The send ledger never retries it blindly.
 *
 * @example
 * const sender = gmailSender({ apiUrl: env.GMAIL_API_URL ?? GMAIL_API_URL, token: env.GMAIL_ACCESS_TOKEN });
 * await sender.send(message, "3f0c…:0"); // { provider: "gmail", providerMessageId: "18c5…", messageId: "<3f0c….0@acme.example>", providerThreadId: "18c5…" }
 */
export function gmailSender(http: ProviderHttp): Sender {
  return {
    name: "gmail",
    idempotent: false,
    async send(message: OutgoingReply, idempotencyKey: string): Promise<GmailReceipt> {
      const messageId = messageIdFor(idempotencyKey, message.from.address);
      const threadId = message.thread?.providerThreadId;
      const body = JSON.stringify({ raw: base64UrlOf(buildRfc2822(message, { messageId })), ...(threadId ? { threadId } : {}) });
      const res = await providerPost("gmail", http, GMAIL_SEND_PATH, { "content-type": "application/json" }, body);
      if (!res.ok) throw await failureOf("gmail", res, gmailErrorOf);
      // A 2xx means Gmail accepted the message: an unreadable body must not turn a sent mail into a failure.
      const json: unknown = await res.json().catch(() => null);
      return {
        provider: "gmail",
        providerMessageId: stringAt(json, "id") || idempotencyKey,
        messageId,
        providerThreadId: stringAt(json, "threadId") || null,
      };
    },
  };
}
