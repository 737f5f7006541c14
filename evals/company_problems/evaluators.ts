import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { CompanyProblemsInput, CompanyProblemsOutput } from "../../workers/enrichment/src/graphs/company-problems/problems-schemas.ts";

/** The problems a site's pages actually state. */
export interface ProblemsReference {
  /** Problem ids that must be among the returned ones. */
  readonly expected: readonly string[];
  /** The id that must rank first, when one clearly dominates. */
  readonly top?: string;
  /** Ids that must not appear (the site does not say so). */
  readonly forbidden?: readonly string[];
  readonly skip_reason: string | null;
}

export type ProblemsEvaluator = Evaluator<CompanyProblemsOutput, CompanyProblemsInput, ProblemsReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });

/**
 * Share of the expected problems returned (and the expected top one first).
 *
 * @example
 * expectedFound({ output: { problems: [] } }, { reference: { expected: ["customer_churn"] } }).score; // 0
 */
export const expectedFound: ProblemsEvaluator = ({ output }, { reference }) => {
  const ids = output.problems.map((p) => p.id as string);
  const missing = reference.expected.filter((id) => !ids.includes(id));
  const topOk = !reference.top || ids[0] === reference.top;
  const recall = reference.expected.length ? (reference.expected.length - missing.length) / reference.expected.length : 1;
  return { key: "expected_found", score: topOk ? recall : Math.min(recall, 0.5), reason: `missing: ${missing.join(", ") || "none"}; top ${ids[0] ?? null}${reference.top ? ` (want ${reference.top})` : ""}` };
};

/**
 * None of the problems the site does not state.
 *
 * @example
 * noForbidden({ output: { problems: [{ id: "energy_costs" }] } }, { reference: { forbidden: ["energy_costs"] } }).score; // 0
 */
export const noForbidden: ProblemsEvaluator = ({ output }, { reference }) => {
  const bad = output.problems.filter((p) => (reference.forbidden ?? []).includes(p.id));
  return result("no_forbidden", bad.length === 0, bad.length ? `unexpected ${bad.map((p) => p.id).join(", ")}` : "none");
};

/**
 * Evidence is pointers to pages that were read on the site (URL + text fragment), never free text or elsewhere.
 *
 * @example
 * evidence({ output: { problems: [{ evidence: [{ url: "https://elsewhere.com/" }] }], pages: [] } }, example).score; // 0
 */
export const evidence: ProblemsEvaluator = ({ output }) => {
  const read = new Set(output.pages.filter((p) => p.outcome === "read").map((p) => p.final_url));
  const bad = output.problems.flatMap((p) => p.evidence).filter((e) => !read.has(e.url) || (e.fragment_url !== null && !e.fragment_url.startsWith(`${e.url}#:~:text=`)));
  return result("evidence", bad.length === 0, bad.length ? `bad evidence ${bad[0]!.url}` : "all on pages read");
};

/**
 * Ranked by confidence, within the limit, versioned, skip reason as expected.
 *
 * @example
 * wellFormed({ output: { problems: [{ confidence: 0.1 }, { confidence: 0.9 }] } }, example).score; // 0
 */
export const wellFormed: ProblemsEvaluator = ({ output }, { input, reference }) => {
  const sorted = output.problems.every((p, i) => i === 0 || p.confidence <= output.problems[i - 1]!.confidence);
  const ok = sorted && output.problems.length <= (input.limit ?? 5) && output.skip_reason === reference.skip_reason && /^company-problems-v\d+$/.test(output.prompt_version);
  return result("well_formed", ok, `sorted=${sorted} n=${output.problems.length} skip=${output.skip_reason} ${output.prompt_version}`);
};

/** Every deterministic evaluator for company_problems, in report order. */
export const evaluators: readonly ProblemsEvaluator[] = [expectedFound, noForbidden, evidence, wellFormed];
