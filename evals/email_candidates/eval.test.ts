import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/discovery/src/graphs/email-candidates.ts";
import type { EmailCandidatesInput, EmailCandidatesOutput } from "../../workers/discovery/src/graphs/email-candidates/candidate-schemas.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as candidates from "./evaluators.ts";
import { evaluators, type CandidatesEvaluator, type CandidatesReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, CandidatesReference>;
const typed = (example: EvalExample<unknown, CandidatesReference>): EvalExample<EmailCandidatesInput, CandidatesReference> => ({
  ...example,
  input: contract.input.parse(example.input),
});
const graph = buildGraph().compile();

describe("email_candidates dataset", () => {
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

interface WrongRow {
  readonly name: string;
  readonly evaluator: CandidatesEvaluator;
  readonly example: EvalExample<EmailCandidatesInput, CandidatesReference>;
  readonly output: EmailCandidatesOutput;
}

describe("email_candidates evaluators can fail", () => {
  it("accept the known-good output", () => {
    expect(evaluators.map((evaluate) => evaluate({ output: good }, example)).filter((r) => r.score < 1)).toEqual([]);
  });

  it.each<WrongRow>([
    { name: "expected address missing", evaluator: candidates.expectedInTop3, example, output: { ...good, candidates: good.candidates.slice(1) } },
    {
      name: "expected address ranked fourth",
      evaluator: candidates.expectedInTop3,
      example,
      output: { ...good, candidates: [...good.candidates.slice(1), candidate("a.example@example.com", 0.05), good.candidates[0]!] },
    },
    { name: "duplicate address", evaluator: candidates.noDuplicates, example, output: { ...good, candidates: [...good.candidates, candidate("ADA.example@example.com", 0.01)] } },
    { name: "invalid localpart", evaluator: candidates.validSyntax, example, output: { ...good, candidates: [candidate("ada..example@example.com", 0.3)] } },
    { name: "address at another domain", evaluator: candidates.validSyntax, example, output: { ...good, candidates: [candidate("ada@elsewhere.com", 0.3)] } },
    { name: "free mail not skipped", evaluator: candidates.skipMatchesReference, example: gmail, output: { ...good, domain: "gmail.com", skip_reason: null } },
    { name: "skipped with candidates left", evaluator: candidates.skipMatchesReference, example: gmail, output: { ...good, skip_reason: "free_mail_domain" } },
    { name: "flagged domain with candidates", evaluator: candidates.flaggedDomainSkipped, example, output: { ...good, flags: { free_mail: false, disposable: true } } },
    { name: "wrong prompt version", evaluator: candidates.provenance, example, output: { ...good, prompt_version: "latest" } },
  ])("$name scores below 1", ({ evaluator, example: ex, output }) => {
    expect(evaluator({ output }, ex).score).toBeLessThan(1);
  });
});
