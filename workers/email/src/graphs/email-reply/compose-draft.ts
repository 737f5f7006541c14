import { greetingName } from "./greeting-name.ts";
import { replyBody } from "./reply-body.ts";
import type { EmailReplyInput, ReplyDraft } from "./reply-schemas.ts";
import { replySubject } from "./reply-subject.ts";
import { sendPolicy, type SendPolicy } from "./send-policy.ts";

export interface ComposedDraft extends SendPolicy {
  readonly reply: ReplyDraft;
}

/**
 * The offline composer: a deterministic reply draft plus whether policy lets
 * it be sent. Of the inbound message only the subject and display name are
 * used, and only as data in the reply, never as instructions; the body is
 * never read, so nothing of it can be quoted back.
 *
 * @example
 * composeDraft({ inbound: { from_name: "Ada Example", subject: "Re: Demo", body: "…" }, sender: { name: "Sam", company: "Acme" }, intent: "unsubscribe" });
 * // { reply: { subject: "Re: Demo", body: "Hi Ada, …" }, send_allowed: false, skip_reason: "recipient_unsubscribed" }
 */
export function composeDraft({ inbound, sender, intent }: EmailReplyInput): ComposedDraft {
  const reply = {
    subject: replySubject(inbound.subject),
    body: replyBody({ intent, greetingName: greetingName(inbound.from_name), sender }),
  };
  return { reply, ...sendPolicy(intent) };
}
