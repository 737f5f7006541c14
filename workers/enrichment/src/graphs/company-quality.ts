import { END, START, StateGraph, StateSchema } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import { CompanyQualityInput, CompanyQualityOutput } from "./company-quality/quality-schemas.ts";
import { scoreRecord } from "./company-quality/score-record.ts";

/** Must equal the registry row's `promptVersion`; bump when the scoring rules change. */
export const PROMPT_VERSION = "quality-v1";

/** No model prompt: this graph is deterministic scoring, so nothing to pin. */
export const PROMPT_TEMPLATES = {};
const PROVIDER = "offline";

export const contract = defineContract({
  graph: "company_quality",
  version: "1.0.0",
  input: CompanyQualityInput,
  output: CompanyQualityOutput,
});

/** The input channels plus every output field, filled by `score`. */
const QualityState = new StateSchema({
  ...CompanyQualityInput.shape,
  ...CompanyQualityOutput.partial().shape,
});

const scoreNode: typeof QualityState.Node = ({ record, as_of }) => ({
  ...scoreRecord(record.fields, as_of),
  prompt_version: PROMPT_VERSION,
  provider: PROVIDER,
});

/**
 * The company_quality graph, uncompiled: one `score` node computing
 * completeness × freshness from per-field half-lives as of `as_of`.
 *
 * @example
 * const graph = buildGraph().compile();
 * await graph.invoke({ record: { fields: { name: { value: "Acme", observed_at: "2026-01-01" } } }, as_of: "2026-01-01" });
 * // → { quality: 0.2, completeness: 0.2, freshness: 1, band: "stale", missing: [...], … }
 */
export function buildGraph() {
  return new StateGraph({ state: QualityState, input: CompanyQualityInput, output: CompanyQualityOutput })
    .addNode("score", scoreNode)
    .addEdge(START, "score")
    .addEdge("score", END);
}
