import { expect } from "vitest";
import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { calibrationReport, INBOUND_OUTCOME_LABELS, OUTCOME_EVENT_KINDS, OUTCOME_POLARITY_VERSION, outcomePolarity } from "../../shared/src/outcomes/index.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { POLARITY_EVALUATORS, exactPolarity, rateConsistent, type PolarityInput, type PolarityOutput, type PolarityReference } from "./evaluators.ts";

const dataset = datasetJson as EvalDataset<PolarityInput, PolarityReference>;
const neutral = dataset.examples.find((e) => e.reference.polarity === "neutral")!;

// Not a graph: the polarity table, versioned by OUTCOME_POLARITY_VERSION.
defineGraphEval({
  dataset,
  contract: { graph: "outcome_polarity", version: OUTCOME_POLARITY_VERSION },
  datasetChecks: {
    "names every known label": (d) => {
      const exact = new Set(d.examples.map((e) => e.input.label));
      for (const label of [...INBOUND_OUTCOME_LABELS, ...OUTCOME_EVENT_KINDS]) expect(exact.has(label), label).toBe(true);
    },
  },
  /** The "run": polarity, and the rate a one-decision calibration report computes for it. */
  run: ({ label }): PolarityOutput => ({
    polarity: outcomePolarity(label),
    positiveRate: calibrationReport([{ verdict: "x", confidence: 0.95, outcome: label }]).rows[0]!.positiveRate,
  }),
  evaluators: POLARITY_EVALUATORS,
  canFail: {
    example: neutral,
    rows: [
      { name: "a neutral label called negative", evaluator: exactPolarity, output: { polarity: "negative", positiveRate: 0 }, score: 0 },
      { name: "a neutral outcome counted as a failure", evaluator: rateConsistent, output: { polarity: "neutral", positiveRate: 0 }, score: 0 },
    ],
  },
});
