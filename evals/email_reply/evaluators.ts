import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { EmailReplyInput, EmailReplyOutput, ReplyIntent } from "../../workers/email/src/graphs/email-reply/reply-schemas.ts";

/** What a reviewed-and-approved run of an example should look like. */
export interface ReplyReference {
  readonly status: "approved" | "skipped";
  readonly send_allowed: boolean;
  /** The sender's calendar link appears in the body. */
  readonly calendar_link: boolean;
  /** Expected first line of the body; null when the body should be empty (nobody to answer). */
  readonly greeting: string | null;
  /** Memory facts the model's prompt should quote (every tier: a human reviews each reply). Default 0. */
  readonly memory_used?: number;
}

export type ReplyEvaluator = Evaluator<EmailReplyOutput, EmailReplyInput, ReplyReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });

/** Intents whose reply must never be sent. Stated here independently of the graph's policy table. */
const NEVER_SEND: ReadonlySet<ReplyIntent> = new Set(["unsubscribe", "bounced", "spam", "auto_reply"]);

/** Inbound lines shorter than this are too generic ("Thanks,") to prove quoting. */
const MIN_QUOTE_CHARS = 20;

const squash = (s: string) => s.replace(/^[>\s]+/, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The subject starts with exactly one "Re: " and is a single line.
 *
 * @example
 * subjectSingleRe({ output: { reply: { subject: "Re: Re: Hi" }, … } }, example).score; // 0
 */
export const subjectSingleRe: ReplyEvaluator = ({ output }) => {
  const { subject } = output.reply;
  const ok = subject.startsWith("Re: ") && !/^Re:\s*(re|aw|sv)\s*:/i.test(subject) && !/[\r\n]/.test(subject);
  return result("subject_single_re", ok, ok ? "one Re: prefix" : `bad subject ${JSON.stringify(subject)}`);
};

/**
 * No line of the inbound body (20+ chars) reappears in the reply, and nothing is ">"-quoted.
 *
 * @example
 * noQuotedInbound({ output: { reply: { body: "> Sounds interesting, happy to talk" } } }, example).score; // 0
 */
export const noQuotedInbound: ReplyEvaluator = ({ output }, { input }) => {
  const body = squash(output.reply.body.replace(/\n/g, " "));
  const leaked = input.inbound.body
    .split("\n")
    .map(squash)
    .filter((line) => line.length >= MIN_QUOTE_CHARS && body.includes(line));
  const quoteMarks = /^\s*>/m.test(output.reply.body);
  const ok = leaked.length === 0 && !quoteMarks;
  return result("no_quoted_inbound", ok, ok ? "inbound text not copied" : `copied: ${JSON.stringify(leaked[0] ?? "> quote marks")}`);
};

/**
 * Skipped (no send, a skip reason) if and only if the intent is unsubscribe, bounce, spam or auto-reply.
 *
 * @example
 * skipIffNoReplyIntent({ output: { send_allowed: true, skip_reason: null, … } }, unsubscribeExample).score; // 0
 */
export const skipIffNoReplyIntent: ReplyEvaluator = ({ output }, { input }) => {
  const mustSkip = input.intent !== undefined && NEVER_SEND.has(input.intent);
  const skipped = output.skip_reason !== null && !output.send_allowed && output.status === "skipped";
  const ok = skipped === mustSkip && (mustSkip || output.skip_reason === null);
  return result("skip_iff_no_reply_intent", ok, `intent=${input.intent ?? "none"} skip_reason=${output.skip_reason} send_allowed=${output.send_allowed}`);
};

/**
 * Final status and sendability match the reference (after an "approve" review).
 *
 * @example
 * statusMatches({ output: { status: "rejected", … } }, approvedExample).score; // 0
 */
export const statusMatches: ReplyEvaluator = ({ output }, { reference }) => {
  const ok = output.status === reference.status && output.send_allowed === reference.send_allowed;
  return result("status_matches", ok, `status ${output.status}/${reference.status}, send ${output.send_allowed}/${reference.send_allowed}`);
};

/**
 * The calendar link is in the body exactly when the reference expects it (and a link was given).
 *
 * @example
 * calendarLink({ output: { reply: { body: "… no link …" } } }, interestedWithLinkExample).score; // 0
 */
export const calendarLink: ReplyEvaluator = ({ output }, { input, reference }) => {
  const link = input.sender.calendar_link;
  const present = link !== undefined && output.reply.body.includes(link);
  const ok = present === reference.calendar_link;
  return result("calendar_link", ok, `link ${present ? "present" : "absent"}, expected ${reference.calendar_link ? "present" : "absent"}`);
};

/**
 * The body opens with the expected greeting, or is empty when there is nobody to answer.
 *
 * @example
 * greeting({ output: { reply: { body: "Hi Ada Example,\n\n…" } } }, adaExample).score; // 0
 */
export const greeting: ReplyEvaluator = ({ output }, { reference }) => {
  const firstLine = output.reply.body.split("\n", 1)[0] ?? "";
  const ok = reference.greeting === null ? output.reply.body === "" : firstLine === reference.greeting;
  return result("greeting", ok, `got ${JSON.stringify(firstLine)}, expected ${JSON.stringify(reference.greeting ?? "(empty body)")}`);
};

/**
 * The output says which prompt version produced it, and the provider matches
 * whether a reply may be sent: the model ("offline" here) drafts sendable
 * replies; a reply policy forbids is the template, with no model call.
 *
 * @example
 * provenance({ output: { prompt_version: "reply-v1", provider: "offline", … } }, example).score; // 0
 */
export const provenance: ReplyEvaluator = ({ output }, { input }) => {
  const mustSkip = input.intent !== undefined && NEVER_SEND.has(input.intent);
  const ok = output.prompt_version === "reply-v2" && output.provider === (mustSkip ? "template" : "offline");
  return result("provenance", ok, `${output.prompt_version} via ${output.provider}`);
};

/**
 * No reviewer flag on an offline draft (the template breaks none of the rules), and no model skip.
 *
 * @example
 * cleanDraft({ output: { flags: ["unexpected_link"], … } }, example).score; // 0
 */
export const cleanDraft: ReplyEvaluator = ({ output }) => {
  const ok = output.flags.length === 0 && output.model_skip_reason === null;
  return result("clean_draft", ok, `flags=${JSON.stringify(output.flags)} model_skip_reason=${output.model_skip_reason}`);
};

/**
 * The prompt quoted exactly the memory the reference expects: all given facts
 * (a human reviews every reply, so `inbound_unverified` is admitted), none
 * when no prompt was sent.
 *
 * @example
 * memoryAdmitted({ output: { memory_used: 1, … } }, threeFactExample).score; // 0
 */
export const memoryAdmitted: ReplyEvaluator = ({ output }, { reference }) => {
  const expected = reference.memory_used ?? 0;
  return result("memory_admitted", output.memory_used === expected, `memory_used ${output.memory_used}, expected ${expected}`);
};

/** Every deterministic evaluator for email_reply, in report order. */
export const evaluators: readonly ReplyEvaluator[] = [
  subjectSingleRe,
  noQuotedInbound,
  skipIffNoReplyIntent,
  statusMatches,
  calendarLink,
  greeting,
  provenance,
  cleanDraft,
  memoryAdmitted,
];
