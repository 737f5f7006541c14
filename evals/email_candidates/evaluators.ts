import { z } from "zod";
import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { EmailCandidatesInput, EmailCandidatesOutput } from "../../workers/discovery/src/graphs/email-candidates/candidate-schemas.ts";

/** The address a person really uses (null when none can be inferred), and whether the request must be skipped. */
export interface CandidatesReference {
  readonly expected_address: string | null;
  readonly skip: boolean;
}

export type CandidatesEvaluator = Evaluator<EmailCandidatesOutput, EmailCandidatesInput, CandidatesReference>;

/** How many top candidates an enrichment step actually verifies. */
export const TOP_K = 3;

const Email = z.email();

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });

/**
 * The reference address is among the first three candidates (0.5 if ranked lower, 0 if absent).
 *
 * @example
 * expectedInTop3({ output: { candidates: [] , … } }, { reference: { expected_address: "ada.example@example.com" }, … }).score; // 0
 */
export const expectedInTop3: CandidatesEvaluator = ({ output }, { reference }) => {
  const expected = reference.expected_address;
  if (expected === null) return result("expected_in_top3", true, "no address expected");
  const rank = output.candidates.findIndex((c) => c.address.toLowerCase() === expected.toLowerCase());
  const score = rank === -1 ? 0 : rank < TOP_K ? 1 : 0.5;
  return { key: "expected_in_top3", score, reason: rank === -1 ? `${expected} not generated` : `${expected} at rank ${rank + 1}` };
};

/**
 * No address appears twice (case-insensitive).
 *
 * @example
 * noDuplicates({ output: { candidates: [{ address: "a@acme.io" }, { address: "A@acme.io" }] } }, example).score; // 0
 */
export const noDuplicates: CandidatesEvaluator = ({ output }) => {
  const addresses = output.candidates.map((c) => c.address.toLowerCase());
  const unique = new Set(addresses).size;
  return result("no_duplicates", unique === addresses.length, `${addresses.length - unique} duplicate(s)`);
};

/**
 * Every candidate is a syntactically valid address at the output domain; score is the valid share.
 *
 * @example
 * validSyntax({ output: { domain: "acme.io", candidates: [{ address: "ada..example@acme.io" }] } }, example).score; // 0
 */
export const validSyntax: CandidatesEvaluator = ({ output }) => {
  const invalid = output.candidates.filter((c) => !Email.safeParse(c.address).success || !c.address.endsWith(`@${output.domain}`));
  const total = output.candidates.length;
  const score = total === 0 ? 1 : (total - invalid.length) / total;
  return { key: "valid_syntax", score, reason: invalid.length ? `invalid: ${invalid[0]!.address}` : `${total} valid` };
};

/**
 * A skip reason (and zero candidates) exactly when the reference expects a skip.
 *
 * @example
 * skipMatchesReference({ output: { skip_reason: null, candidates: [...] } }, gmailExample).score; // 0
 */
export const skipMatchesReference: CandidatesEvaluator = ({ output }, { reference }) => {
  const skipped = output.skip_reason !== null;
  const ok = skipped === reference.skip && (!skipped || output.candidates.length === 0);
  return result("skip_matches_reference", ok, `skip_reason=${output.skip_reason}, ${output.candidates.length} candidate(s), expected skip=${reference.skip}`);
};

/**
 * A free-mail or disposable domain always yields a skip reason and no candidates.
 *
 * @example
 * flaggedDomainSkipped({ output: { flags: { free_mail: true }, skip_reason: null, … } }, example).score; // 0
 */
export const flaggedDomainSkipped: CandidatesEvaluator = ({ output }) => {
  const flagged = output.flags.free_mail || output.flags.disposable;
  const ok = !flagged || (output.skip_reason !== null && output.candidates.length === 0);
  return result("flagged_domain_skipped", ok, `free_mail=${output.flags.free_mail} disposable=${output.flags.disposable} skip_reason=${output.skip_reason}`);
};

/**
 * The output says which prompt version and provider produced it.
 *
 * @example
 * provenance({ output: { prompt_version: "v?", … } }, example).score; // 0
 */
export const provenance: CandidatesEvaluator = ({ output }) =>
  result("provenance", /^candidates-v\d+$/.test(output.prompt_version) && output.provider === "offline", `${output.prompt_version} via ${output.provider}`);

/** Every deterministic evaluator for email_candidates, in report order. */
export const evaluators: readonly CandidatesEvaluator[] = [expectedInTop3, noDuplicates, validSyntax, skipMatchesReference, flaggedDomainSkipped, provenance];
