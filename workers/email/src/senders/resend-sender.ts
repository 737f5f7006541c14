import type { OutgoingMessage, SendReceipt, Sender } from "../campaign/sender.ts";
import { formatAddress } from "./mime-encoding.ts";
import { failureOf, providerPost, stringAt, type ErrorOf, type ProviderHttp } from "./provider-request.ts";

/** Default origin of the Resend API (`RESEND_API_URL` overrides it). */
export const RESEND_API_URL = "https://api.resend.com";

/** Resend's `POST /emails` body for a text message. */
export interface ResendPayload {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly reply_to?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The JSON body of a message: `Reply-To` becomes `reply_to`, every other
 * header goes into `headers` (Resend's custom headers).
 *
 * @example
 * resendPayloadOf(message); // { from: "\"Acme\" <notices@acme.example>", to: ["sam@acme.example"], subject, text }
 */
export function resendPayloadOf(message: OutgoingMessage): ResendPayload {
  const headers: Record<string, string> = {};
  let replyTo: string | undefined;
  for (const [name, value] of Object.entries(message.headers)) {
    if (name.toLowerCase() === "reply-to") replyTo = value;
    else headers[name] = value;
  }
  return {
    from: formatAddress(message.from),
    to: [message.to],
    subject: message.subject,
    text: message.text,
    ...(replyTo ? { reply_to: replyTo } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
  };
}

// {"statusCode":429,"name":"rate_limit_exceeded","message":"…"}
const resendErrorOf: ErrorOf = (json) => ({ code: stringAt(json, "name"), message: stringAt(json, "message") });

/**
 * Transactional mail through Resend: `POST {RESEND_API_URL}/emails` with
 * `Idempotency-Key` = the caller's key (≤ 256 chars, honoured for 24 h), so a
 * retried notice is delivered once: `idempotent: true`.
 *
 * For notices to the user only (review needed, digests) — never outreach,
 * which leaves from the user's own mailbox (see `mailboxSender`).
 *
 * @example
 * await resendSender({ apiUrl: RESEND_API_URL, token: env.RESEND_API_KEY }).send(notice, `review:${threadId}:${step}`);
 */
export function resendSender(http: ProviderHttp): Sender {
  return {
    name: "resend",
    idempotent: true,
    async send(message: OutgoingMessage, idempotencyKey: string): Promise<SendReceipt> {
      if (idempotencyKey.length < 1 || idempotencyKey.length > 256) throw new Error(`resend: the idempotency key must be 1-256 characters (got ${idempotencyKey.length}).`);
      const headers = { "content-type": "application/json", "idempotency-key": idempotencyKey };
      const res = await providerPost("resend", http, "/emails", headers, JSON.stringify(resendPayloadOf(message)));
      if (!res.ok) throw await failureOf("resend", res, resendErrorOf);
      const json: unknown = await res.json().catch(() => null);
      return { provider: "resend", providerMessageId: stringAt(json, "id") || idempotencyKey, messageId: null };
    },
  };
}
