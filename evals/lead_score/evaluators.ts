import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { LeadScoreInput, LeadScoreOutput } from "../../workers/classify/src/graphs/lead-score.ts";
import { DEFAULT_ICP } from "../../workers/classify/src/scoring/icp-config.ts";

/** The expected result; optional fields are checked only when given. */
export interface LeadReference {
  readonly tier: string;
  readonly fit_grade: "A" | "B" | "C";
  readonly engagement_grade?: 1 | 2 | 3;
  readonly score_min?: number;
  readonly score_max?: number;
  /** For gated tiers: how the first reason must start. */
  readonly reason_starts?: string;
  readonly missing?: readonly string[];
  readonly icp_version?: string;
}

export type LeadEvaluator = Evaluator<LeadScoreOutput, LeadScoreInput, LeadReference>;

const GATED = new Set(["suppressed", "disqualified"]);
const pass = (key: string, reason: string): EvalResult => ({ key, score: 1, reason });
const fail = (key: string, reason: string): EvalResult => ({ key, score: 0, reason });

/**
 * 1 when the tier equals the reference.
 *
 * @example
 * exactTier({ output: { tier: "A1", … } }, { reference: { tier: "A1", fit_grade: "A" }, … }).score // 1
 */
export const exactTier: LeadEvaluator = ({ output }, { reference }) =>
  output.tier === reference.tier ? pass("exact_tier", `tier ${output.tier}`) : fail("exact_tier", `expected tier ${reference.tier}, got ${output.tier}`);

/**
 * 1 when the fit grade equals the reference (the fit axis alone).
 *
 * @example
 * fitGradeMatches({ output: { fit: { grade: "B", … }, … } }, exampleExpectingA).score // 0
 */
export const fitGradeMatches: LeadEvaluator = ({ output }, { reference }) =>
  output.fit.grade === reference.fit_grade
    ? pass("fit_grade", `fit ${output.fit.grade} (${output.fit.score})`)
    : fail("fit_grade", `expected fit ${reference.fit_grade}, got ${output.fit.grade} (${output.fit.score})`);

/**
 * 1 when the engagement grade equals the reference's (or none is given).
 *
 * @example
 * engagementGradeMatches({ output: { engagement: { grade: 3, … }, … } }, exampleExpecting1).score // 0
 */
export const engagementGradeMatches: LeadEvaluator = ({ output }, { reference }) => {
  if (reference.engagement_grade === undefined) return pass("engagement_grade", "no engagement grade expected");
  return output.engagement.grade === reference.engagement_grade
    ? pass("engagement_grade", `engagement ${output.engagement.grade} (${output.engagement.score})`)
    : fail("engagement_grade", `expected engagement ${reference.engagement_grade}, got ${output.engagement.grade} (${output.engagement.score})`);
};

/**
 * 1 when the combined score lies within the reference's range (or none is given).
 *
 * @example
 * scoreInRange({ output: { score: 50, … } }, { reference: { score_min: 75, score_max: 80, … }, … }).score // 0
 */
export const scoreInRange: LeadEvaluator = ({ output }, { reference }) => {
  const { score_min: lo = 0, score_max: hi = 100 } = reference;
  return output.score >= lo && output.score <= hi ? pass("score_in_range", `${output.score} in ${lo}–${hi}`) : fail("score_in_range", `${output.score} outside ${lo}–${hi}`);
};

/**
 * A gate (suppressed, disqualified) is the first reason, so nobody reads a
 * great fit score and misses that the lead must not be contacted.
 *
 * @example
 * gateReasonFirst({ output: { tier: "suppressed", reasons: ["fit 0.97 (A): …"], … } }, example).score // 0
 */
export const gateReasonFirst: LeadEvaluator = ({ output }, { reference }) => {
  const key = "gate_reason_first";
  const first = output.reasons[0] ?? "";
  if (reference.reason_starts !== undefined) {
    return first.startsWith(reference.reason_starts) ? pass(key, "gate named first") : fail(key, `first reason is ${JSON.stringify(first)}`);
  }
  return GATED.has(output.tier) ? fail(key, `unexpected gate ${output.tier}`) : pass(key, "no gate");
};

/**
 * Missing data is flagged as expected (when the reference lists it), and
 * the output names the ICP it used.
 *
 * @example
 * provenance({ output: { fit: { missing: [] }, icp_version: "default-icp-v1", … } }, exampleMissingTitle).score // 0
 */
export const provenance: LeadEvaluator = ({ output }, { reference }) => {
  const key = "provenance";
  const icp = reference.icp_version ?? DEFAULT_ICP.version;
  if (output.icp_version !== icp) return fail(key, `scored against ${output.icp_version}, expected ${icp}`);
  if (reference.missing && JSON.stringify(output.fit.missing) !== JSON.stringify(reference.missing)) {
    return fail(key, `missing ${JSON.stringify(output.fit.missing)}, expected ${JSON.stringify(reference.missing)}`);
  }
  if (output.reasons.length < 1 || output.reasons.length > 5) return fail(key, `${output.reasons.length} reasons`);
  return pass(key, `ICP ${output.icp_version}`);
};

/** Every evaluator of `lead_score`, by key. */
export const LEAD_EVALUATORS = {
  exact_tier: exactTier,
  fit_grade: fitGradeMatches,
  engagement_grade: engagementGradeMatches,
  score_in_range: scoreInRange,
  gate_reason_first: gateReasonFirst,
  provenance,
} as const satisfies Record<string, LeadEvaluator>;
