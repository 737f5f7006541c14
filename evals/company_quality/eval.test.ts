import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/enrichment/src/graphs/company-quality.ts";
import type { CompanyQualityInput, CompanyQualityOutput } from "../../workers/enrichment/src/graphs/company-quality/quality-schemas.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as quality from "./evaluators.ts";
import { evaluators, type QualityEvaluator, type QualityReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, QualityReference>;
const typed = (example: EvalExample<unknown, QualityReference>): EvalExample<CompanyQualityInput, QualityReference> => ({
  ...example,
  input: contract.input.parse(example.input),
});
const graph = buildGraph().compile();

describe("company_quality dataset", () => {
  it("is versioned against the current contract and has enough unique examples", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
  });

  it.each(dataset.examples)("$id: input satisfies the contract", ({ input }) => {
    expect(contract.input.safeParse(input).error?.issues).toBeUndefined();
  });

  it.each(dataset.examples)("$id: every evaluator passes on the graph's output", async (example) => {
    const ex = typed(example);
    const output = contract.output.parse(await graph.invoke(ex.input));
    const failures = evaluators.map((evaluate) => evaluate({ output }, ex)).filter((r) => r.score < 1);
    expect(failures).toEqual([]);
  });
});

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

describe("company_quality evaluators can fail", () => {
  it("accept the known-good output", () => {
    expect(evaluators.map((evaluate) => evaluate({ output: good }, example)).filter((r) => r.score < 1)).toEqual([]);
  });

  it.each<{ name: string; evaluator: QualityEvaluator; output: CompanyQualityOutput }>([
    { name: "wrong band", evaluator: quality.bandMatches, output: { ...good, band: "stable" } },
    { name: "quality off by 0.02", evaluator: quality.qualityClose, output: { ...good, quality: 0.52 } },
    { name: "missing field not reported", evaluator: quality.missingFields, output: { ...good, missing: [] } },
    { name: "extra missing field", evaluator: quality.missingFields, output: { ...good, missing: ["description", "name"] } },
    { name: "stale field not reported", evaluator: quality.staleFields, output: { ...good, stale_fields: [] } },
    { name: "quality is not the product", evaluator: quality.scoresConsistent, output: { ...good, quality: 0.8 } },
    { name: "score out of range", evaluator: quality.scoresConsistent, output: { ...good, completeness: 1.2, freshness: 0.5 / 1.2 } },
    { name: "wrong provider", evaluator: quality.provenance, output: { ...good, provider: "model" } },
  ])("$name scores below 1", ({ evaluator, output }) => {
    expect(evaluator({ output }, example).score).toBeLessThan(1);
  });
});
