import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/classify/src/graphs/country-classify.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { COUNTRY_EVALUATORS, type CountryInput, type CountryOutput, type CountryReference } from "./evaluators.ts";

const dataset: EvalDataset<CountryInput, CountryReference> = datasetJson;
const graph = buildGraph().compile();

// The known-bad outputs for each evaluator are table-tested in evaluators.test.ts.
defineGraphEval({
  dataset,
  contract,
  minExamples: 30,
  segments: ["us", "europe", "non-english", "city-only", "null-cases"],
  run: { "on the offline provider": async (input): Promise<CountryOutput> => contract.output.parse(await graph.invoke(contract.input.parse(input))) },
  evaluators: COUNTRY_EVALUATORS,
});
