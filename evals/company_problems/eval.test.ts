import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { contract } from "../../workers/enrichment/src/graphs/company-problems.ts";
import type { CompanyProblemsInput, CompanyProblemsOutput } from "../../workers/enrichment/src/graphs/company-problems/problems-schemas.ts";
import { startLiveWorker, type LiveWorker } from "../contact_discovery/live-worker.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as problems from "./evaluators.ts";
import { evaluators, type ProblemsEvaluator, type ProblemsReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<CompanyProblemsInput, ProblemsReference>;

describe("company_problems dataset", () => {
  it("is versioned against the current contract and has enough unique examples", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
  });

  it.each(dataset.examples)("$id: input satisfies the contract", ({ input }) => {
    expect(contract.input.safeParse(input).error?.issues).toBeUndefined();
  });
});

// In the worker every run has a model hub; with no LLM_PROVIDER it is the
// offline provider, whose answer is the phrase rules: this is that path.
describe("company_problems in workerd through the hub (offline provider)", () => {
  let live: LiveWorker;
  const runs = new Map<string, CompanyProblemsOutput>();

  beforeAll(async () => {
    live = await startLiveWorker("enrichment");
    for (const example of dataset.examples) runs.set(example.id, contract.output.parse(await live.run("company_problems", example.input)));
  }, 180_000);
  afterAll(() => live?.stop(), 30_000);

  it.each(dataset.examples)("$id: every evaluator passes", (example) => {
    const output = runs.get(example.id)!;
    expect(evaluators.map((evaluate) => evaluate({ output }, example)).filter((r) => r.score < 1)).toEqual([]);
  });
});

const example: EvalExample<CompanyProblemsInput, ProblemsReference> = { id: "handmade", input: { domain: "acme.io" }, reference: { expected: ["customer_churn"], top: "customer_churn", forbidden: ["energy_costs"], skip_reason: null } };
const page = { url: "https://acme.io/about", final_url: "https://acme.io/about", outcome: "read" as const, reason: null, detail: null, http_status: 200, bytes: 100, encoding: "utf-8", last_modified: null };
const churn = { id: "customer_churn" as const, label: "Customer churn and retention", confidence: 0.7, evidence: [{ url: "https://acme.io/about", fragment_url: "https://acme.io/about#:~:text=churn" }] };
const good: CompanyProblemsOutput = { domain: "acme.io", problems: [churn], pages: [page], robots: {}, skip_reason: null, provider: "offline", prompt_version: "company-problems-v1" };

describe("company_problems evaluators can fail", () => {
  it("accept the known-good output", () => expect(evaluators.map((e) => e({ output: good }, example)).filter((r) => r.score < 1)).toEqual([]));

  it.each<{ name: string; evaluator: ProblemsEvaluator; output: CompanyProblemsOutput }>([
    { name: "expected problem missing", evaluator: problems.expectedFound, output: { ...good, problems: [] } },
    { name: "wrong top problem", evaluator: problems.expectedFound, output: { ...good, problems: [{ ...churn, id: "forecasting", confidence: 0.9 }, churn] } },
    { name: "a problem the site never states", evaluator: problems.noForbidden, output: { ...good, problems: [churn, { ...churn, id: "energy_costs" }] } },
    { name: "evidence from a page not read", evaluator: problems.evidence, output: { ...good, problems: [{ ...churn, evidence: [{ url: "https://elsewhere.example/", fragment_url: null }] }] } },
    { name: "fragment for another page", evaluator: problems.evidence, output: { ...good, problems: [{ ...churn, evidence: [{ url: "https://acme.io/about", fragment_url: "https://acme.io/x#:~:text=a" }] }] } },
    { name: "not ranked", evaluator: problems.wellFormed, output: { ...good, problems: [{ ...churn, confidence: 0.1 }, { ...churn, id: "forecasting", confidence: 0.9 }] } },
  ])("$name scores below 1", ({ evaluator, output }) => expect(evaluator({ output }, example).score).toBeLessThan(1));
});
