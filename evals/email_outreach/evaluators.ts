import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { EmailOutreachInput, EmailOutreachOutput, TouchCta } from "../../workers/email/src/graphs/email-outreach/outreach-schemas.ts";

/** What a touch for an example should be: its call to action and its exact policy flags. */
export interface OutreachReference {
  readonly cta: TouchCta;
  readonly flags: readonly string[];
}

export type OutreachEvaluator = Evaluator<EmailOutreachOutput, EmailOutreachInput, OutreachReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });

const URLS = /https?:\/\/[^\s<>()"']+/gi;
const urlsOf = (text: string) => (text.match(URLS) ?? []).map((u) => u.replace(/[.,;:!?]+$/, ""));
/** Words a cold touch may spend before its signature. */
const MAX_WORDS = 150;

/**
 * The call to action is the one the stage calls for.
 *
 * @example
 * ctaMatches({ output: { cta: "book_meeting", … } }, firstTouchExample).score; // 0
 */
export const ctaMatches: OutreachEvaluator = ({ output }, { reference }) =>
  result("cta_matches", output.cta === reference.cta, `cta ${output.cta}, expected ${reference.cta}`);

/**
 * The calendar link appears exactly in meeting-asking touches whose sender has one.
 *
 * @example
 * calendarLinkPolicy({ output: { cta: "soft_question", body: "… https://cal.example.com/sam …" } }, example).score; // 0
 */
export const calendarLinkPolicy: OutreachEvaluator = ({ output }, { input }) => {
  const link = input.sender.calendar_link;
  const present = link !== undefined && output.body.includes(link);
  const expected = link !== undefined && output.cta === "book_meeting";
  return result("calendar_link_policy", present === expected, `link ${present ? "present" : "absent"}, expected ${expected ? "present" : "absent"}`);
};

/**
 * The sender's postal address is in the body (CAN-SPAM).
 *
 * @example
 * postalAddress({ output: { body: "Hi Ada, … Sam" } }, example).score; // 0
 */
export const postalAddress: OutreachEvaluator = ({ output }, { input }) =>
  result("postal_address", output.body.includes(input.sender.postal_address), "postal address in the body");

/**
 * Greets by first name when there is one, else with a neutral "Hello,".
 *
 * @example
 * greeting({ output: { body: "Hi Ada Example,\n\n…" } }, adaExample).score; // 0
 */
export const greeting: OutreachEvaluator = ({ output }, { input }) => {
  const expected = input.contact.first_name ? `Hi ${input.contact.first_name},` : "Hello,";
  const first = output.body.split("\n", 1)[0] ?? "";
  return result("greeting", first === expected, `got ${JSON.stringify(first)}, expected ${JSON.stringify(expected)}`);
};

/**
 * One short line, never a subject this sequence already used.
 *
 * @example
 * freshSubject({ output: { subject: "Quick question for Example Co" } }, { input: { previous_subjects: ["quick question for example co"] } }).score; // 0
 */
export const freshSubject: OutreachEvaluator = ({ output }, { input }) => {
  const used = new Set((input.previous_subjects ?? []).map((s) => s.trim().toLowerCase()));
  const ok = !used.has(output.subject.trim().toLowerCase()) && !/[\r\n]/.test(output.subject) && output.subject.length <= 100;
  return result("fresh_subject", ok, JSON.stringify(output.subject));
};

/**
 * Any URL other than an allowed calendar link is flagged `unexpected_link` (and the flag is never raised without one).
 *
 * @example
 * foreignLinksFlagged({ output: { body: "… https://evil.example …", flags: [] } }, example).score; // 0
 */
export const foreignLinksFlagged: OutreachEvaluator = ({ output }, { input }) => {
  const allowed = output.cta === "book_meeting" ? input.sender.calendar_link : undefined;
  const foreign = urlsOf(output.body).filter((u) => u !== allowed);
  const flagged = output.flags.includes("unexpected_link");
  return result("foreign_links_flagged", flagged === foreign.length > 0, `foreign ${JSON.stringify(foreign)}, flagged ${flagged}`);
};

/**
 * The policy flags are exactly the reference's.
 *
 * @example
 * flagsMatch({ output: { flags: ["generic_greeting"] } }, namedExample).score; // 0
 */
export const flagsMatch: OutreachEvaluator = ({ output }, { reference }) => {
  const got = [...output.flags].sort();
  const want = [...reference.flags].sort();
  return result("flags_match", JSON.stringify(got) === JSON.stringify(want), `flags ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
};

/**
 * No template debris: placeholders, "undefined"/"null", lorem ipsum.
 *
 * @example
 * noPlaceholders({ output: { subject: "Hi {first_name}", … } }, example).score; // 0
 */
export const noPlaceholders: OutreachEvaluator = ({ output }) => {
  const text = `${output.subject}\n${output.body}`;
  const hit = /\{[a-z_]+\}|\[[A-Za-z ]+\]|\bundefined\b|\bnull\b|lorem ipsum/i.exec(text);
  return result("no_placeholders", hit === null, hit ? `found ${JSON.stringify(hit[0])}` : "clean");
};

/**
 * A break-up says there will be no further follow-up.
 *
 * @example
 * breakUpSaysSo({ output: { cta: "break_up", body: "Just checking in again!" } }, example).score; // 0
 */
export const breakUpSaysSo: OutreachEvaluator = ({ output }) => {
  const ok = output.cta !== "break_up" || /(won't|will not) (follow up|reach out|write)/i.test(output.body);
  return result("break_up_says_so", ok, ok ? "ok" : "break-up without saying it is the last note");
};

/**
 * Short: at most 150 words before the signature ("Best," or the postal block).
 *
 * @example
 * wordBudget({ output: { body: "word ".repeat(400) } }, example).score; // 0
 */
export const wordBudget: OutreachEvaluator = ({ output }, { input }) => {
  const beforeSignature = output.body.split(/\n\s*Best,|\n\s*--\n/)[0] ?? output.body;
  const words = beforeSignature.replace(input.sender.postal_address, "").split(/\s+/).filter(Boolean).length;
  return result("word_budget", words <= MAX_WORDS, `${words} words`);
};

/**
 * The output names the prompt version and provider that produced it.
 *
 * @example
 * provenance({ output: { prompt_version: "", provider: "offline" } }, example).score; // 0
 */
export const provenance: OutreachEvaluator = ({ output }) => {
  const ok = /^outreach-v\d+$/.test(output.prompt_version) && output.provider === "offline";
  return result("provenance", ok, `${output.prompt_version} via ${output.provider}`);
};

/** Every deterministic evaluator for email_outreach, in report order. */
export const evaluators: readonly OutreachEvaluator[] = [
  ctaMatches,
  calendarLinkPolicy,
  postalAddress,
  greeting,
  freshSubject,
  foreignLinksFlagged,
  flagsMatch,
  noPlaceholders,
  breakUpSaysSo,
  wordBudget,
  provenance,
];
