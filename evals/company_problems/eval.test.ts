import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { contract } from "../../workers/enrichment/src/graphs/company-problems.ts";
import type { CompanyProblemsInput, CompanyProblemsOutput } from "../../workers/enrichment/src/graphs/company-problems/problems-schemas.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import { liveWorker } from "../lib/live-workers.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as problems from "./evaluators.ts";
import type { ProblemsReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<CompanyProblemsInput, ProblemsReference>;
const enrichment = liveWorker("enrichment");

const example: EvalExample<CompanyProblemsInput, ProblemsReference> = { id: "handmade", input: { domain: "acme.io" }, reference: { expected: ["customer_churn"], top: "customer_churn", forbidden: ["energy_costs"], skip_reason: null } };
const page = { url: "https://acme.io/about", final_url: "https://acme.io/about", outcome: "read" as const, reason: null, detail: null, http_status: 200, bytes: 100, encoding: "utf-8", last_modified: null };
const churn = { id: "customer_churn" as const, label: "Customer churn and retention", confidence: 0.7, evidence: [{ url: "https://acme.io/about", fragment_url: "https://acme.io/about#:~:text=churn" }] };
const good: CompanyProblemsOutput = { domain: "acme.io", problems: [churn], pages: [page], robots: {}, skip_reason: null, provider: "offline", prompt_version: "company-problems-v1" };

defineGraphEval({
  dataset,
  contract,
  concurrency: 4,
  // In the worker every run has a model hub; with no LLM_PROVIDER it is the
  // offline provider, whose answer is the phrase rules: this is that path.
  run: {
    "in workerd through the hub (offline provider)": async (input) => contract.output.parse(await enrichment.run("company_problems", input)),
  },
  evaluators: problems.evaluators,
  canFail: {
    example,
    accepts: [{ output: good }],
    rows: [
      { name: "expected problem missing", evaluator: problems.expectedFound, output: { ...good, problems: [] } },
      { name: "wrong top problem", evaluator: problems.expectedFound, output: { ...good, problems: [{ ...churn, id: "forecasting", confidence: 0.9 }, churn] } },
      { name: "a problem the site never states", evaluator: problems.noForbidden, output: { ...good, problems: [churn, { ...churn, id: "energy_costs" }] } },
      { name: "evidence from a page not read", evaluator: problems.evidence, output: { ...good, problems: [{ ...churn, evidence: [{ url: "https://elsewhere.example/", fragment_url: null }] }] } },
      { name: "fragment for another page", evaluator: problems.evidence, output: { ...good, problems: [{ ...churn, evidence: [{ url: "https://acme.io/about", fragment_url: "https://acme.io/x#:~:text=a" }] }] } },
      { name: "not ranked", evaluator: problems.wellFormed, output: { ...good, problems: [{ ...churn, confidence: 0.1 }, { ...churn, id: "forecasting", confidence: 0.9 }] } },
    ],
  },
});
