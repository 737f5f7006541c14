import type { ReplyIntent } from "./reply-schemas.ts";

/** Why a reply must not be sent. Stable codes: the review UI and reports key on them. */
export type SkipReason = "recipient_unsubscribed" | "message_bounced" | "inbound_spam" | "auto_reply";

const SKIP_BY_INTENT: Partial<Record<ReplyIntent, SkipReason>> = {
  unsubscribe: "recipient_unsubscribed",
  bounced: "message_bounced",
  spam: "inbound_spam",
  auto_reply: "auto_reply",
};

export interface SendPolicy {
  readonly send_allowed: boolean;
  readonly skip_reason: SkipReason | null;
}

/**
 * Whether a reply to a message with this intent may be sent at all. An
 * unknown intent is allowed: a human reviews every draft anyway.
 *
 * @example
 * sendPolicy("unsubscribe"); // { send_allowed: false, skip_reason: "recipient_unsubscribed" }
 * sendPolicy("interested");  // { send_allowed: true, skip_reason: null }
 */
export function sendPolicy(intent: ReplyIntent | undefined): SendPolicy {
  const skip = intent ? SKIP_BY_INTENT[intent] : undefined;
  return skip ? { send_allowed: false, skip_reason: skip } : { send_allowed: true, skip_reason: null };
}
