import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/enrichment/src/graphs/company-quality.ts";
import type { CompanyQualityInput, CompanyQualityOutput } from "../../workers/enrichment/src/graphs/company-quality/quality-schemas.ts";
import { defineGraphEval, parseInput } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as quality from "./evaluators.ts";
import type { QualityReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, QualityReference>;
const graph = buildGraph().compile();

const example: EvalExample<CompanyQualityInput, QualityReference> = {
  id: "handmade",
  input: { record: { fields: {} }, as_of: "2026-01-01" },
  reference: { band: "investigate", quality: 0.5, missing: ["description"], stale_fields: ["tech_signals"] },
};
const good: CompanyQualityOutput = {
  quality: 0.5,
  completeness: 0.9,
  freshness: 0.5 / 0.9,
  band: "investigate",
  missing: ["description"],
  stale_fields: ["tech_signals"],
  field_scores: {},
  prompt_version: "quality-v1",
  provider: "offline",
};

defineGraphEval({
  dataset,
  contract,
  prepare: parseInput(contract),
  run: async (input) => contract.output.parse(await graph.invoke(input)),
  evaluators: quality.evaluators,
  canFail: {
    example,
    accepts: [{ output: good }],
    rows: [
      { name: "wrong band", evaluator: quality.bandMatches, output: { ...good, band: "stable" } },
      { name: "quality off by 0.02", evaluator: quality.qualityClose, output: { ...good, quality: 0.52 } },
      { name: "missing field not reported", evaluator: quality.missingFields, output: { ...good, missing: [] } },
      { name: "extra missing field", evaluator: quality.missingFields, output: { ...good, missing: ["description", "name"] } },
      { name: "stale field not reported", evaluator: quality.staleFields, output: { ...good, stale_fields: [] } },
      { name: "quality is not the product", evaluator: quality.scoresConsistent, output: { ...good, quality: 0.8 } },
      { name: "score out of range", evaluator: quality.scoresConsistent, output: { ...good, completeness: 1.2, freshness: 0.5 / 1.2 } },
      { name: "wrong provider", evaluator: quality.provenance, output: { ...good, provider: "model" } },
    ],
  },
});
