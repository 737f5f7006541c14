import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import { INBOUND_LABELS, MAX_REASON_LENGTH, MAX_REASONS } from "../../workers/classify/src/inbound/inbound-verdict.ts";
import { PROMPT_VERSION } from "../../workers/classify/src/graphs/inbound-classify.prompt.ts";

/** `inbound_classify` input, as in the dataset. */
export interface InboundInput {
  readonly headers: Readonly<Record<string, string>>;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly received_at: string;
}

/** The expected answer. `stage` and `return_date` are checked only when given. */
export interface InboundReference {
  readonly label: string;
  readonly stage?: string;
  readonly return_date?: string | null;
}

/** The output fields the evaluators judge. */
export interface InboundOutput {
  readonly label: string;
  readonly confidence: number;
  readonly stage: string;
  readonly return_date: string | null;
  readonly reasons: readonly string[];
  readonly provider: string;
  readonly prompt_version: string;
  readonly skip_reason?: string | null;
}

export type InboundEvaluator = Evaluator<InboundOutput, InboundInput, InboundReference>;

/** Labels that decide compliance and list hygiene: rules decide them, never the model. */
export const DETERMINISTIC_LABELS: readonly string[] = ["unsubscribe", "bounced"];

const pass = (key: string, reason: string): EvalResult => ({ key, score: 1, reason });
const fail = (key: string, reason: string): EvalResult => ({ key, score: 0, reason });
const show = (v: unknown) => (v === null ? "null" : JSON.stringify(v));

/**
 * 1 when the label equals the reference.
 *
 * @example
 * exactLabel({ output: { label: "bounced", … } }, { reference: { label: "bounced" }, … }).score // 1
 */
export const exactLabel: InboundEvaluator = ({ output }, { reference }) =>
  output.label === reference.label ? pass("exact_label", `${output.label} as expected`) : fail("exact_label", `expected ${reference.label}, got ${show(output.label)}`);

/**
 * 1 when the deciding stage equals the reference's (or the reference names none).
 *
 * @example
 * stageMatches({ output: { stage: "model", … } }, { reference: { label: "bounced", stage: "headers" }, … }).score // 0
 */
export const stageMatches: InboundEvaluator = ({ output }, { reference }) => {
  if (reference.stage === undefined) return pass("stage_matches", "no stage expected");
  return output.stage === reference.stage ? pass("stage_matches", `decided at ${output.stage}`) : fail("stage_matches", `expected stage ${reference.stage}, got ${show(output.stage)}`);
};

/**
 * 1 when the return date equals the reference's (or the reference names none).
 *
 * @example
 * returnDateMatches({ output: { return_date: "2026-12-03", … } }, { reference: { label: "auto_reply", return_date: "2026-12-04" }, … }).score // 0
 */
export const returnDateMatches: InboundEvaluator = ({ output }, { reference }) => {
  if (reference.return_date === undefined) return pass("return_date_matches", "no return date expected");
  return output.return_date === reference.return_date
    ? pass("return_date_matches", `return date ${show(output.return_date)}`)
    : fail("return_date_matches", `expected return date ${show(reference.return_date)}, got ${show(output.return_date)}`);
};

/**
 * Unsubscribes and bounces are decided by header or lexical rules: 0 when
 * the model stage produced or missed one of them.
 *
 * @example
 * deterministicCompliance({ output: { label: "unsubscribe", stage: "model", … } }, example).score // 0
 */
export const deterministicCompliance: InboundEvaluator = ({ output }, { reference }) => {
  const key = "deterministic_compliance";
  const expected = DETERMINISTIC_LABELS.includes(reference.label);
  const got = DETERMINISTIC_LABELS.includes(output.label);
  if (!expected && !got) return pass(key, "not a compliance label");
  if (output.stage === "model") return fail(key, `${output.label} vs expected ${reference.label} was left to the model`);
  return output.label === reference.label ? pass(key, `${output.label} decided by ${output.stage} rules`) : fail(key, `expected ${reference.label}, rules said ${output.label}`);
};

/**
 * The output's shape: a known label, confidence in 0..1, ≤ 2 reasons of
 * ≤ 80 characters, and a return date only on an auto-reply.
 *
 * @example
 * wellFormed({ output: { label: "positive", … } }, example).score // 0
 */
export const wellFormed: InboundEvaluator = ({ output }) => {
  const key = "well_formed";
  if (!(INBOUND_LABELS as readonly string[]).includes(output.label)) return fail(key, `unknown label ${show(output.label)}`);
  if (!(output.confidence >= 0 && output.confidence <= 1)) return fail(key, `confidence ${output.confidence} outside 0..1`);
  if (output.reasons.length > MAX_REASONS || output.reasons.some((r) => r.length > MAX_REASON_LENGTH)) return fail(key, "reasons unbounded");
  if (output.return_date !== null && output.label !== "auto_reply") return fail(key, `return date on a ${output.label}`);
  return pass(key, "well formed");
};

/**
 * Provenance: the shipped prompt version; `rules` exactly when a rule
 * decided; a named provider when the model stage did.
 *
 * @example
 * provenance({ output: { stage: "headers", provider: "offline", … } }, example).score // 0
 */
export const provenance: InboundEvaluator = ({ output }) => {
  const key = "provenance";
  if (output.prompt_version !== PROMPT_VERSION) return fail(key, `prompt version ${show(output.prompt_version)} is not ${PROMPT_VERSION}`);
  const byRules = output.stage !== "model";
  if (byRules !== (output.provider === "rules")) return fail(key, `stage ${output.stage} with provider ${show(output.provider)}`);
  if (output.provider === "") return fail(key, "empty provider");
  return pass(key, `${output.stage} via ${output.provider}`);
};

/** Every evaluator of `inbound_classify`, by key. */
export const INBOUND_EVALUATORS = {
  exact_label: exactLabel,
  stage_matches: stageMatches,
  return_date_matches: returnDateMatches,
  deterministic_compliance: deterministicCompliance,
  well_formed: wellFormed,
  provenance,
} as const satisfies Record<string, InboundEvaluator>;
