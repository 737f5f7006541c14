import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/discovery/src/graphs/email-candidates.ts";
import type { EmailCandidatesInput, EmailCandidatesOutput } from "../../workers/discovery/src/graphs/email-candidates/candidate-schemas.ts";
import { defineGraphEval, parseInput } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as candidates from "./evaluators.ts";
import type { CandidatesReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, CandidatesReference>;
const graph = buildGraph().compile();

const example: EvalExample<EmailCandidatesInput, CandidatesReference> = {
  id: "handmade",
  input: { person: { first_name: "Ada", last_name: "Example" }, domain: "example.com" },
  reference: { expected_address: "ada.example@example.com", skip: false },
};
const gmail: EvalExample<EmailCandidatesInput, CandidatesReference> = {
  id: "handmade-gmail",
  input: { person: { first_name: "Ada", last_name: "Example" }, domain: "gmail.com" },
  reference: { expected_address: null, skip: true },
};
const candidate = (address: string, confidence: number) => ({ address, pattern: "first.last", confidence, role: false });
const good: EmailCandidatesOutput = {
  domain: "example.com",
  candidates: [candidate("ada.example@example.com", 0.32), candidate("aexample@example.com", 0.18), candidate("ada@example.com", 0.12)],
  flags: { free_mail: false, disposable: false },
  skip_reason: null,
  prompt_version: "candidates-v1",
  provider: "offline",
};

defineGraphEval({
  dataset,
  contract,
  prepare: parseInput(contract),
  run: async (input) => contract.output.parse(await graph.invoke(input)),
  evaluators: candidates.evaluators,
  canFail: {
    example,
    accepts: [{ output: good }],
    rows: [
      { name: "expected address missing", evaluator: candidates.expectedInTop3, output: { ...good, candidates: good.candidates.slice(1) } },
      {
        name: "expected address ranked fourth",
        evaluator: candidates.expectedInTop3,
        output: { ...good, candidates: [...good.candidates.slice(1), candidate("a.example@example.com", 0.05), good.candidates[0]!] },
      },
      { name: "duplicate address", evaluator: candidates.noDuplicates, output: { ...good, candidates: [...good.candidates, candidate("ADA.example@example.com", 0.01)] } },
      { name: "invalid localpart", evaluator: candidates.validSyntax, output: { ...good, candidates: [candidate("ada..example@example.com", 0.3)] } },
      { name: "address at another domain", evaluator: candidates.validSyntax, output: { ...good, candidates: [candidate("ada@elsewhere.com", 0.3)] } },
      { name: "free mail not skipped", evaluator: candidates.skipMatchesReference, example: gmail, output: { ...good, domain: "gmail.com", skip_reason: null } },
      { name: "skipped with candidates left", evaluator: candidates.skipMatchesReference, example: gmail, output: { ...good, skip_reason: "free_mail_domain" } },
      { name: "flagged domain with candidates", evaluator: candidates.flaggedDomainSkipped, output: { ...good, flags: { free_mail: false, disposable: true } } },
      { name: "wrong prompt version", evaluator: candidates.provenance, output: { ...good, prompt_version: "latest" } },
    ],
  },
});
