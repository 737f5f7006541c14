import { expect, it } from "vitest";
import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract, type LeadScoreOutput } from "../../workers/classify/src/graphs/lead-score.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { LEAD_EVALUATORS, exactTier, gateReasonFirst, scoreInRange, type LeadReference } from "./evaluators.ts";
import type { LeadScoreInput } from "../../workers/classify/src/graphs/lead-score.ts";

const dataset = datasetJson as unknown as EvalDataset<LeadScoreInput, LeadReference>;
const graph = buildGraph().compile();
const run = async (input: unknown): Promise<LeadScoreOutput> => contract.output.parse(await graph.invoke(contract.input.parse(input)));

const unsubscribed = dataset.examples.find((e) => e.id === "unsubscribed")!;
const ranged = { ...unsubscribed, reference: { ...unsubscribed.reference, score_min: 60, score_max: 80 } };
const good = { tier: "suppressed", reasons: ["suppressed: unsubscribed on 2026-11-19", "fit 0.97 (A): …"], score: 70 } as unknown as LeadScoreOutput;

defineGraphEval({
  dataset,
  contract,
  segments: ["engaged", "no-signal", "negative", "gates", "missing-data", "multilingual", "custom-icp"],
  run,
  evaluators: LEAD_EVALUATORS,
  canFail: {
    example: ranged,
    rows: [
      { name: "exact_tier", evaluator: exactTier, good, output: { ...good, tier: "A1" }, score: 0 },
      { name: "gate_reason_first", evaluator: gateReasonFirst, good, output: { ...good, reasons: ["fit 0.97 (A): …", "suppressed: unsubscribed on 2026-11-19"] }, score: 0 },
      { name: "score_in_range", evaluator: scoreInRange, good, output: { ...good, score: 20 }, score: 0 },
    ],
  },
  // Fit and engagement are separate axes: dropping the events never moves fit,
  // and dropping the lead's facts never moves engagement.
  extras: ({ outputs }) => {
    it.each(dataset.examples)("$id: the axes are independent", async ({ id, input }) => {
      const full = (await outputs()).get(id)!;
      expect((await run({ ...input, events: [] })).fit).toEqual(full.fit);
      expect((await run({ ...input, lead: {} })).engagement).toEqual(full.engagement);
    });
  },
});
