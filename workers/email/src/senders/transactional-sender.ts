import type { Sender } from "../campaign/sender.ts";
import type { EmailEnv } from "../env.ts";
import { outboxSender } from "../stores/outbox-sender.ts";
import { RESEND_API_URL, resendSender } from "./resend-sender.ts";

/**
 * The sender of transactional notices to the user (a draft waits for review,
 * a digest): Resend when `RESEND_API_KEY` is set, else the local outbox table.
 * Never outreach: a prospect is only ever written to from the user's own
 * mailbox (`mailboxSender`). Both choices are idempotent on the key.
 *
 * @example
 * await transactionalSender(env).send(reviewNotice({ … }), `review:${threadId}:${step}`);
 */
export function transactionalSender(env: EmailEnv, options: { fetch?: typeof fetch } = {}): Sender {
  if (!env.RESEND_API_KEY) return outboxSender(env.DB);
  return resendSender({ apiUrl: env.RESEND_API_URL?.trim() || RESEND_API_URL, token: env.RESEND_API_KEY, ...(options.fetch ? { fetch: options.fetch } : {}) });
}
