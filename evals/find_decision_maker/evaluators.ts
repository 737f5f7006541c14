import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { FindDecisionMakerInput, FindDecisionMakerOutput } from "../../workers/discovery/src/graphs/find-decision-maker/decision-schemas.ts";

/** Who should come out on top for the persona. */
export interface DecisionReference {
  /** Acceptable top contacts (names); empty when nobody should be. */
  readonly top: readonly string[];
  /** Whether a decision maker (top score over the threshold) is expected. */
  readonly decision_maker: boolean;
  /** Names that must not be ranked first. */
  readonly never_top?: readonly string[];
}

export type DecisionEvaluator = Evaluator<FindDecisionMakerOutput, FindDecisionMakerInput, DecisionReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });

/**
 * The first ranked contact is an acceptable top pick.
 *
 * @example
 * topChoice({ output: { ranked: [{ name: "Bo" }] } }, { reference: { top: ["Ada"] } }).score; // 0
 */
export const topChoice: DecisionEvaluator = ({ output }, { reference }) => {
  const first = output.ranked[0]?.name ?? null;
  const ok = reference.top.length === 0 ? true : first !== null && reference.top.includes(first);
  const forbidden = first !== null && (reference.never_top ?? []).includes(first);
  return result("top_choice", ok && !forbidden, `top: ${first}; acceptable: ${reference.top.join(" | ") || "anyone"}`);
};

/**
 * A decision maker is named exactly when one is expected.
 *
 * @example
 * decisionMaker({ output: { decision_maker: null } }, { reference: { decision_maker: true } }).score; // 0
 */
export const decisionMaker: DecisionEvaluator = ({ output }, { reference }) =>
  result("decision_maker", (output.decision_maker !== null) === reference.decision_maker, `decision_maker=${output.decision_maker?.name ?? null}`);

/**
 * Every ranked entry is a real input contact at its index, once, with reasons, scores non-increasing.
 *
 * @example
 * wellFormed({ output: { ranked: [{ index: 9, name: "Ghost" }] } }, example).score; // 0
 */
export const wellFormed: DecisionEvaluator = ({ output }, { input }) => {
  const problems: string[] = [];
  const seen = new Set<number>();
  output.ranked.forEach((r, i) => {
    if (input.contacts[r.index]?.name !== r.name) problems.push(`${r.name} is not contact ${r.index}`);
    if (seen.has(r.index)) problems.push(`${r.name} twice`);
    seen.add(r.index);
    if (r.reasons.length === 0) problems.push(`${r.name} without reasons`);
    if (i > 0 && r.score > output.ranked[i - 1]!.score) problems.push(`${r.name} out of order`);
  });
  if (output.ranked.length > (input.limit ?? 5)) problems.push("over the limit");
  return result("well_formed", problems.length === 0, problems[0] ?? `${output.ranked.length} ranked`);
};

/**
 * The output names its prompt version and provider.
 *
 * @example
 * provenance({ output: { prompt_version: "latest", provider: "" } }, example).score; // 0
 */
export const provenance: DecisionEvaluator = ({ output }) =>
  result("provenance", /^decision-maker-v\d+$/.test(output.prompt_version) && output.provider.length > 0, `${output.prompt_version} via ${output.provider}`);

/** Every deterministic evaluator for find_decision_maker, in report order. */
export const evaluators: readonly DecisionEvaluator[] = [topChoice, decisionMaker, wellFormed, provenance];
