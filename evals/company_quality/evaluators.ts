import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { CompanyQualityInput, CompanyQualityOutput } from "../../workers/enrichment/src/graphs/company-quality/quality-schemas.ts";

/** Expected score of a record, computed independently of the graph. */
export interface QualityReference {
  readonly band: "stable" | "investigate" | "stale";
  readonly quality: number;
  readonly missing: readonly string[];
  readonly stale_fields: readonly string[];
}

export type QualityEvaluator = Evaluator<CompanyQualityOutput, CompanyQualityInput, QualityReference>;

/** How far the quality may be from the reference. */
export const QUALITY_TOLERANCE = 0.01;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * Score as the share of expected items found; 1 when both lists agree exactly.
 * Extra items count against it just like missing ones.
 */
function setScore(key: string, got: readonly string[], expected: readonly string[]): EvalResult {
  if (sameSet(got, expected)) return { key, score: 1, reason: `[${got.join(", ")}]` };
  const hits = got.filter((g) => expected.includes(g)).length;
  const score = hits / Math.max(got.length, expected.length);
  return { key, score: Math.min(score, 0.99), reason: `got [${got.join(", ")}], expected [${expected.join(", ")}]` };
}

/**
 * The band equals the reference band.
 *
 * @example
 * bandMatches({ output: { band: "stale", … } }, { reference: { band: "stable", … }, … }).score; // 0
 */
export const bandMatches: QualityEvaluator = ({ output }, { reference }) => ({
  key: "band_matches",
  score: output.band === reference.band ? 1 : 0,
  reason: `${output.band} vs ${reference.band}`,
});

/**
 * The quality is within 0.01 of the reference.
 *
 * @example
 * qualityClose({ output: { quality: 0.52, … } }, { reference: { quality: 0.5, … }, … }).score; // 0
 */
export const qualityClose: QualityEvaluator = ({ output }, { reference }) => {
  const delta = Math.abs(output.quality - reference.quality);
  return { key: "quality_close", score: delta <= QUALITY_TOLERANCE ? 1 : 0, reason: `|${output.quality} − ${reference.quality}| = ${delta.toFixed(6)}` };
};

/**
 * The missing fields are exactly the reference's (order ignored).
 *
 * @example
 * missingFields({ output: { missing: [] , … } }, { reference: { missing: ["description"], … }, … }).score; // 0
 */
export const missingFields: QualityEvaluator = ({ output }, { reference }) => setScore("missing_fields", output.missing, reference.missing);

/**
 * The stale fields are exactly the reference's (order ignored).
 *
 * @example
 * staleFields({ output: { stale_fields: ["name"], … } }, { reference: { stale_fields: [], … }, … }).score; // 0
 */
export const staleFields: QualityEvaluator = ({ output }, { reference }) => setScore("stale_fields", output.stale_fields, reference.stale_fields);

/**
 * Internal consistency: every score in [0, 1] and quality = completeness × freshness.
 *
 * @example
 * scoresConsistent({ output: { quality: 0.9, completeness: 0.5, freshness: 1, … } }, example).score; // 0
 */
export const scoresConsistent: QualityEvaluator = ({ output }) => {
  const { quality, completeness, freshness } = output;
  const inRange = [quality, completeness, freshness].every((x) => x >= 0 && x <= 1);
  const product = Math.abs(quality - completeness * freshness) <= 1e-5;
  return { key: "scores_consistent", score: inRange && product ? 1 : 0, reason: `${quality} vs ${completeness} × ${freshness}` };
};

/**
 * The output says which prompt version and provider produced it.
 *
 * @example
 * provenance({ output: { prompt_version: "quality-v1", provider: "gpt", … } }, example).score; // 0
 */
export const provenance: QualityEvaluator = ({ output }) => ({
  key: "provenance",
  score: /^quality-v\d+$/.test(output.prompt_version) && output.provider === "offline" ? 1 : 0,
  reason: `${output.prompt_version} via ${output.provider}`,
});

/** Every deterministic evaluator for company_quality, in report order. */
export const evaluators: readonly QualityEvaluator[] = [bandMatches, qualityClose, missingFields, staleFields, scoresConsistent, provenance];
