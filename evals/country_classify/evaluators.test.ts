import { describe, expect, it } from "vitest";
import type { EvalExample } from "../../shared/src/contracts/evaluator.ts";
import {
  COUNTRY_EVALUATORS,
  confidenceCalibrated,
  exactCountry,
  reasonsBounded,
  validIsoOrNull,
  type CountryEvaluator,
  type CountryInput,
  type CountryOutput,
  type CountryReference,
} from "./evaluators.ts";

const berlin: EvalExample<CountryInput, CountryReference> = {
  id: "berlin",
  input: { location: "Berlin, Germany" },
  reference: { country: "DE" },
};
const right: CountryOutput = { country: "DE", confidence: 0.98, reasons: ['matched country "Germany"'] };

interface WrongCase {
  readonly name: string;
  readonly evaluator: CountryEvaluator;
  readonly output: CountryOutput;
}

const WRONG: readonly WrongCase[] = [
  { name: "exact_country: another country", evaluator: exactCountry, output: { ...right, country: "FR" } },
  { name: "exact_country: null for a place", evaluator: exactCountry, output: { ...right, country: null } },
  { name: "valid_iso_or_null: UK is not ISO", evaluator: validIsoOrNull, output: { ...right, country: "UK" } },
  { name: "valid_iso_or_null: lower case", evaluator: validIsoOrNull, output: { ...right, country: "de" } },
  { name: "valid_iso_or_null: alpha-3", evaluator: validIsoOrNull, output: { ...right, country: "DEU" } },
  { name: "confidence_calibrated: overconfident and wrong", evaluator: confidenceCalibrated, output: { ...right, country: "FR", confidence: 0.97 } },
  { name: "confidence_calibrated: a guess instead of null", evaluator: confidenceCalibrated, output: { ...right, confidence: 0.3 } },
  { name: "confidence_calibrated: above 1", evaluator: confidenceCalibrated, output: { ...right, confidence: 1.5 } },
  { name: "reasons_bounded: three reasons", evaluator: reasonsBounded, output: { ...right, reasons: ["a", "b", "c"] } },
  { name: "reasons_bounded: an essay", evaluator: reasonsBounded, output: { ...right, reasons: ["x".repeat(81)] } },
];

describe("country_classify evaluators", () => {
  it.each(Object.entries(COUNTRY_EVALUATORS))("%s scores a right output 1", (key, evaluate) => {
    expect(evaluate({ output: right }, berlin)).toEqual({ key, score: 1, reason: expect.any(String) });
  });

  it.each(WRONG)("$name scores 0", ({ evaluator, output }) => {
    const result = evaluator({ output }, berlin);
    expect(result.score).toBe(0);
    expect(result.reason).not.toBe("");
  });

  it("accepts a wrong answer given with modest confidence (calibrated, just not exact)", () => {
    const modest = { country: "FR", confidence: 0.7, reasons: ["city \"Paris\""] };
    expect(confidenceCalibrated({ output: modest }, berlin).score).toBe(1);
    expect(exactCountry({ output: modest }, berlin).score).toBe(0);
  });

  it("is pure: same input, same result", () => {
    expect(exactCountry({ output: right }, berlin)).toEqual(exactCountry({ output: right }, berlin));
  });
});
