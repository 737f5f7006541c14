import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import { isIsoCountryCode } from "../../workers/classify/src/country/iso-countries.ts";

/** `country_classify` input, as in the dataset. */
export interface CountryInput {
  readonly location: string;
}

/** The expected answer: an ISO code, or null when no single country is meant. */
export interface CountryReference {
  readonly country: string | null;
}

/** The output fields the evaluators judge. */
export interface CountryOutput {
  readonly country: string | null;
  readonly confidence: number;
  readonly reasons: readonly string[];
}

export type CountryEvaluator = Evaluator<CountryOutput, CountryInput, CountryReference>;

/** Confidence above this on a wrong answer is overconfidence. */
export const OVERCONFIDENT_WHEN_WRONG = 0.9;
/** A country below this confidence is a guess that should have been null. */
export const GUESS_BELOW = 0.5;
export const MAX_REASONS = 2;
export const MAX_REASON_LENGTH = 80;

const pass = (key: string, reason: string): EvalResult => ({ key, score: 1, reason });
const fail = (key: string, reason: string): EvalResult => ({ key, score: 0, reason });
const show = (country: unknown): string => (country === null ? "null" : JSON.stringify(country));

/**
 * 1 when the country equals the reference (null included), else 0.
 *
 * @example
 * exactCountry({ output: { country: "DE", confidence: 0.9, reasons: [] } }, example) // { score: 1, … } if reference is DE
 */
export const exactCountry: CountryEvaluator = ({ output }, { reference }) =>
  output.country === reference.country
    ? pass("exact_country", `${show(output.country)} as expected`)
    : fail("exact_country", `expected ${show(reference.country)}, got ${show(output.country)}`);

/**
 * 1 when the country is null or an assigned ISO 3166-1 alpha-2 code in upper case.
 *
 * @example
 * validIsoOrNull({ output: { country: "UK", confidence: 0.9, reasons: [] } }, example).score // 0
 */
export const validIsoOrNull: CountryEvaluator = ({ output }) => {
  const { country } = output;
  if (country === null) return pass("valid_iso_or_null", "null");
  if (typeof country === "string" && /^[A-Z]{2}$/.test(country) && isIsoCountryCode(country)) {
    return pass("valid_iso_or_null", `${country} is ISO 3166-1 alpha-2`);
  }
  return fail("valid_iso_or_null", `${show(country)} is not an ISO 3166-1 alpha-2 code or null`);
};

/**
 * Null when unsure: the confidence is within 0..1, a country is never
 * reported below 0.5 (that guess should be null), and a wrong answer never
 * carries more than 0.9.
 *
 * @example
 * confidenceCalibrated({ output: { country: "FR", confidence: 0.97, reasons: [] } }, exampleExpectingDE).score // 0
 */
export const confidenceCalibrated: CountryEvaluator = ({ output }, { reference }) => {
  const key = "confidence_calibrated";
  const { country, confidence } = output;
  if (typeof confidence !== "number" || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    return fail(key, `confidence ${String(confidence)} is outside 0..1`);
  }
  if (country !== null && confidence < GUESS_BELOW) {
    return fail(key, `${show(country)} at ${confidence} is a guess; should be null`);
  }
  if (country !== reference.country && confidence > OVERCONFIDENT_WHEN_WRONG) {
    return fail(key, `wrong answer ${show(country)} at ${confidence} > ${OVERCONFIDENT_WHEN_WRONG}`);
  }
  return pass(key, `confidence ${confidence} is consistent with the answer`);
};

/**
 * At most 2 reasons, each a string of at most 80 characters.
 *
 * @example
 * reasonsBounded({ output: { country: null, confidence: 0.9, reasons: ["a", "b", "c"] } }, example).score // 0
 */
export const reasonsBounded: CountryEvaluator = ({ output }) => {
  const key = "reasons_bounded";
  const { reasons } = output;
  if (!Array.isArray(reasons)) return fail(key, "reasons is not an array");
  if (reasons.length > MAX_REASONS) return fail(key, `${reasons.length} reasons > ${MAX_REASONS}`);
  const bad = reasons.find((reason) => typeof reason !== "string" || reason.length > MAX_REASON_LENGTH);
  if (bad !== undefined) return fail(key, `reason longer than ${MAX_REASON_LENGTH} chars or not a string`);
  return pass(key, `${reasons.length} bounded reason(s)`);
};

/** Every evaluator of `country_classify`, by key. */
export const COUNTRY_EVALUATORS = {
  exact_country: exactCountry,
  valid_iso_or_null: validIsoOrNull,
  confidence_calibrated: confidenceCalibrated,
  reasons_bounded: reasonsBounded,
} as const satisfies Record<string, CountryEvaluator>;

/** The evaluators that judge the output's shape, not its correctness. */
export const FORMAT_EVALUATOR_KEYS = ["valid_iso_or_null", "confidence_calibrated", "reasons_bounded"] as const;
