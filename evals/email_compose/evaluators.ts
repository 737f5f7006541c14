import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { EmailComposeInput, EmailComposeOutput } from "../../workers/email/src/graphs/email-compose/compose-schemas.ts";

/** What a run of an example should look like. Draft fields apply only when `action` is "compose". */
export interface ComposeReference {
  readonly action: "compose" | "skip";
  readonly skip_reason: string | null;
  readonly cta?: "soft_question" | "book_meeting" | "break_up";
  /** Expected first line of the body. */
  readonly greeting?: string;
  /** Expected flags, in any order. */
  readonly flags?: readonly string[];
  readonly memory_used?: number;
}

export type ComposeEvaluator = Evaluator<EmailComposeOutput, EmailComposeInput, ComposeReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });
const composed = (o: EmailComposeOutput) => o.action === "compose";

/**
 * Action and skip reason match the reference exactly.
 *
 * @example
 * actionMatches({ output: { action: "compose", skip_reason: null, … } }, germanyWithoutConsent).score; // 0
 */
export const actionMatches: ComposeEvaluator = ({ output }, { reference }) => {
  const ok = output.action === reference.action && output.skip_reason === reference.skip_reason;
  return result("action_matches", ok, `${output.action}/${output.skip_reason ?? "-"}, expected ${reference.action}/${reference.skip_reason ?? "-"}`);
};

/**
 * A draft exactly when composing; a skip carries no draft, no refinement and no provider.
 *
 * @example
 * draftIffCompose({ output: { action: "skip", draft: { … }, … } }, example).score; // 0
 */
export const draftIffCompose: ComposeEvaluator = ({ output }) => {
  const ok = composed(output)
    ? output.draft !== undefined && output.skip_reason === null
    : output.draft === undefined && !output.refined && output.refine_fallback_reason === null && output.provider === "none" && output.skip_reason !== null;
  return result("draft_iff_compose", ok, `action ${output.action}, draft ${output.draft ? "present" : "absent"}, provider ${output.provider}`);
};

/**
 * The CTA and greeting the stage and contact call for.
 *
 * @example
 * ctaAndGreeting({ output: { draft: { cta: "break_up", … } } }, firstTouch).score; // 0
 */
export const ctaAndGreeting: ComposeEvaluator = ({ output }, { reference }) => {
  if (!composed(output) || reference.action !== "compose") return result("cta_and_greeting", true, "not composed");
  const first = output.draft?.body.split("\n", 1)[0] ?? "";
  const ok = output.draft?.cta === reference.cta && first === reference.greeting;
  return result("cta_and_greeting", ok, `cta ${output.draft?.cta}/${reference.cta}, greeting ${JSON.stringify(first)}/${JSON.stringify(reference.greeting)}`);
};

/**
 * The signature carries the sender's postal address (CAN-SPAM), and no URL but the calendar link.
 *
 * @example
 * compliance({ output: { draft: { body: "Hi Ada, https://evil.example" } } }, example).score; // 0
 */
export const compliance: ComposeEvaluator = ({ output }, { input }) => {
  if (!output.draft) return result("compliance", true, "no draft");
  const links = output.draft.body.match(/https?:\/\/[^\s<>()"']+/gi) ?? [];
  const foreign = links.map((u) => u.replace(/[.,;:!?]+$/, "")).filter((u) => u !== input.sender?.calendar_link);
  const address = input.sender ? output.draft.body.includes(input.sender.postal_address) : true;
  const ok = address && foreign.length === 0;
  return result("compliance", ok, address ? `foreign links: ${JSON.stringify(foreign)}` : "postal address missing");
};

/**
 * The flags the reference expects, in any order.
 *
 * @example
 * flagsMatch({ output: { flags: [] } }, exampleExpectingDncUnchecked).score; // 0
 */
export const flagsMatch: ComposeEvaluator = ({ output }, { reference }) => {
  const expected = [...(reference.flags ?? [])].sort();
  const got = [...output.flags].sort();
  const ok = JSON.stringify(got) === JSON.stringify(expected);
  return result("flags_match", ok, `flags ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
};

/** Stated independently of the graph: the tiers a prompt may quote, without and with human review. */
const FIRST_PARTY = new Set(["sent_email", "human_note", "graph_derived"]);

/**
 * Memory by trust tier: without human review only first-party facts reach the
 * prompt; with it, inbound-derived ones too. Checked against the input, then
 * against the reference count.
 *
 * @example
 * memoryTiers({ output: { memory_used: 3, … } }, unreviewedExampleWithOneInboundFact).score; // 0
 */
export const memoryTiers: ComposeEvaluator = ({ output }, { input, reference }) => {
  if (!composed(output)) return result("memory_tiers", output.memory_used === 0, `skip with memory_used ${output.memory_used}`);
  const allowed = (input.memory ?? []).filter((m) => input.human_review === true || FIRST_PARTY.has(m.source)).length;
  const ok = output.memory_used === Math.min(allowed, 8) && output.memory_used === (reference.memory_used ?? 0);
  return result("memory_tiers", ok, `memory_used ${output.memory_used}, admissible ${allowed}, expected ${reference.memory_used ?? 0}`);
};

/**
 * Refined, or kept the draft with a reason — never both, never neither.
 *
 * @example
 * refineAccounted({ output: { action: "compose", refined: false, refine_fallback_reason: null } }, example).score; // 0
 */
export const refineAccounted: ComposeEvaluator = ({ output }) => {
  if (!composed(output)) return result("refine_accounted", true, "not composed");
  const ok = output.refined === (output.refine_fallback_reason === null);
  return result("refine_accounted", ok, `refined ${output.refined}, reason ${output.refine_fallback_reason}`);
};

/**
 * Which prompts produced it: compose-v1, with email_outreach's version for the first draft.
 *
 * @example
 * provenance({ output: { prompt_version: "", … } }, example).score; // 0
 */
export const provenance: ComposeEvaluator = ({ output }) => {
  const ok = output.prompt_version === "compose-v1" && (composed(output) ? /^outreach-v\d+$/.test(output.draft_prompt_version ?? "") && output.provider === "offline" : output.draft_prompt_version === null);
  return result("provenance", ok, `${output.prompt_version} / ${output.draft_prompt_version} via ${output.provider}`);
};

/** Every deterministic evaluator for email_compose, in report order. */
export const evaluators: readonly ComposeEvaluator[] = [actionMatches, draftIffCompose, ctaAndGreeting, compliance, flagsMatch, memoryTiers, refineAccounted, provenance];
