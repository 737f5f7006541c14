import { describe, expect, it } from "vitest";
import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { calibrationReport, INBOUND_OUTCOME_LABELS, OUTCOME_EVENT_KINDS, OUTCOME_POLARITY_VERSION, outcomePolarity } from "../../shared/src/outcomes/index.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { POLARITY_EVALUATORS, exactPolarity, rateConsistent, type PolarityInput, type PolarityOutput, type PolarityReference } from "./evaluators.ts";

const dataset = datasetJson as EvalDataset<PolarityInput, PolarityReference>;

/** The "run": polarity, and the rate a one-decision calibration report computes for it. */
const runOf = ({ label }: PolarityInput): PolarityOutput => ({
  polarity: outcomePolarity(label),
  positiveRate: calibrationReport([{ verdict: "x", confidence: 0.95, outcome: label }]).rows[0]!.positiveRate,
});

describe("outcome_polarity dataset", () => {
  it("is versioned against the polarity table and names every known label", () => {
    expect(dataset.graph).toBe("outcome_polarity");
    expect(dataset.contractVersion).toBe(OUTCOME_POLARITY_VERSION);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
    const exact = new Set(dataset.examples.map((e) => e.input.label));
    for (const label of [...INBOUND_OUTCOME_LABELS, ...OUTCOME_EVENT_KINDS]) expect(exact.has(label), label).toBe(true);
  });
});

describe("outcome_polarity on its fixtures", () => {
  it.each(dataset.examples)("$id: every evaluator passes", (example) => {
    const output = runOf(example.input);
    const failures = Object.values(POLARITY_EVALUATORS).map((evaluate) => evaluate({ output }, example)).filter((r) => r.score !== 1);
    expect(failures).toEqual([]);
  });

  it("the evaluators can fail", () => {
    const neutral = dataset.examples.find((e) => e.reference.polarity === "neutral")!;
    expect(exactPolarity({ output: { polarity: "negative", positiveRate: 0 } }, neutral).score).toBe(0);
    expect(rateConsistent({ output: { polarity: "neutral", positiveRate: 0 } }, neutral).score).toBe(0);
  });
});
