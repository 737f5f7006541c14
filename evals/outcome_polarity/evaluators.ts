import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { Polarity } from "../../shared/src/outcomes/index.ts";

export interface PolarityInput {
  readonly label: string | null;
}
export interface PolarityReference {
  readonly polarity: Polarity;
}
/** What a run produces: the polarity, and the positive rate of a one-decision calibration report with that outcome. */
export interface PolarityOutput {
  readonly polarity: string;
  readonly positiveRate: number | null;
}

export type PolarityEvaluator = Evaluator<PolarityOutput, PolarityInput, PolarityReference>;

const pass = (key: string, reason: string): EvalResult => ({ key, score: 1, reason });
const fail = (key: string, reason: string): EvalResult => ({ key, score: 0, reason });

/**
 * 1 when the polarity equals the reference.
 *
 * @example
 * exactPolarity({ output: { polarity: "neutral", positiveRate: null } }, { reference: { polarity: "neutral" }, … }).score // 1
 */
export const exactPolarity: PolarityEvaluator = ({ output }, { reference }) =>
  output.polarity === reference.polarity ? pass("exact_polarity", output.polarity) : fail("exact_polarity", `expected ${reference.polarity}, got ${output.polarity}`);

/**
 * The calibration report agrees with the polarity: a positive outcome is a
 * rate of 1, a negative one 0, and a neutral one stays out of the
 * denominator (rate null: no signal, not a failure).
 *
 * @example
 * rateConsistent({ output: { polarity: "neutral", positiveRate: 0 } }, example).score // 0: neutral counted as a failure
 */
export const rateConsistent: PolarityEvaluator = ({ output }, { reference }) => {
  const expected = reference.polarity === "positive" ? 1 : reference.polarity === "negative" ? 0 : null;
  return output.positiveRate === expected
    ? pass("rate_consistent", `positive rate ${String(expected)}`)
    : fail("rate_consistent", `positive rate ${String(output.positiveRate)}, expected ${String(expected)}`);
};

/** Every evaluator of `outcome_polarity`, by key. */
export const POLARITY_EVALUATORS = { exact_polarity: exactPolarity, rate_consistent: rateConsistent } as const satisfies Record<string, PolarityEvaluator>;
