import type { EmailReplyInput, ModelReply, ReplyDraft } from "./reply-schemas.ts";
import { replySubject } from "./reply-subject.ts";

/**
 * Facts about a reply draft the reviewer sees. Stable codes.
 * - `model_output_invalid` / `model_unavailable`: the model's answer was unusable or refused; this is the template.
 * - `subject_replaced`: the model changed the topic; the thread's own "Re:" subject was kept (threading).
 * - `unexpected_link`: a URL other than the sender's calendar link.
 * - `quoted_inbound`: the body quotes the inbound email (a `>` line, or a copied line of it).
 * - `memory_unavailable`: recalling memory failed; drafted without it.
 */
export type ReplyFlag = "model_output_invalid" | "model_unavailable" | "subject_replaced" | "unexpected_link" | "quoted_inbound" | "memory_unavailable";

const URL = /https?:\/\/[^\s<>()"']+/gi;
const trimPunctuation = (url: string) => url.replace(/[.,;:!?]+$/, "");
/** Inbound lines shorter than this are too generic ("Thanks,") to prove copying. */
const MIN_COPIED_CHARS = 20;
const squash = (s: string) => s.replace(/^[>\s]+/, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Turns the model's answer into the reply and its flags. The subject is
 * always the thread's own `Re:` subject, so a reply can never change threads
 * or carry a header injection; the body is the model's, flagged where it
 * breaks a rule the reviewer should look at. Pure.
 *
 * @example
 * finalizeReply({ subject: "Re: Intro", body: "Hi Ada, … https://evil.example" }, input).flags; // ["unexpected_link"]
 */
export function finalizeReply(answer: ModelReply, input: EmailReplyInput): { reply: ReplyDraft; flags: ReplyFlag[] } {
  const subject = replySubject(input.inbound.subject);
  const body = answer.body.trim();
  const flags: ReplyFlag[] = [];
  if (replySubject(answer.subject) !== subject) flags.push("subject_replaced");
  const link = input.sender.calendar_link;
  if ((body.match(URL) ?? []).some((url) => trimPunctuation(url) !== link)) flags.push("unexpected_link");
  const flat = squash(body.replace(/\n/g, " "));
  const copied = input.inbound.body.split("\n").map(squash).some((line) => line.length >= MIN_COPIED_CHARS && flat.includes(line));
  if (copied || /^\s*>/m.test(body)) flags.push("quoted_inbound");
  return { reply: { subject, body }, flags };
}
