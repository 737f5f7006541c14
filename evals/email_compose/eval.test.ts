import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/email-compose.ts";
import type { EmailComposeInput, EmailComposeOutput } from "../../workers/email/src/graphs/email-compose/compose-schemas.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as compose from "./evaluators.ts";
import { evaluators, type ComposeEvaluator, type ComposeReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, ComposeReference>;
const typed = (example: EvalExample<unknown, ComposeReference>): EvalExample<EmailComposeInput, ComposeReference> => ({
  ...example,
  input: contract.input.parse(example.input),
});
const byId = (id: string) => typed(dataset.examples.find((e) => e.id === id)!);
const graph = buildGraph().compile();

/** The real graph on the offline provider, inline records only (no D1 stores). */
const run = async (input: EmailComposeInput): Promise<EmailComposeOutput> =>
  contract.output.parse(await graph.invoke(input, { context: { services: { hub: offlineHub() } } }));

describe("email_compose dataset", () => {
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
    const output = await run(ex.input);
    const failures = evaluators.map((evaluate) => evaluate({ output }, ex)).filter((r) => r.score < 1);
    expect(failures).toEqual([]);
  });
});

const good: EmailComposeOutput = {
  action: "compose",
  skip_reason: null,
  draft: {
    subject: "Quick question for Example Logistics",
    body: "Hi Ada,\n\nI'm Sam Seller from Acme Example.\n\nWould it be worth a short exchange?\n\nBest,\nSam Seller\nAcme Example\n1 Main St, Springfield, 12345",
    cta: "soft_question",
  },
  flags: ["dnc_unchecked"],
  confidence: 0.9,
  refined: true,
  refine_fallback_reason: null,
  memory_used: 0,
  prompt_version: "compose-v1",
  draft_prompt_version: "outreach-v1",
  provider: "offline",
};
const skip: EmailComposeOutput = { ...good, action: "skip", skip_reason: "country_requires_consent:DE", draft: undefined, flags: [], confidence: null, refined: false, draft_prompt_version: null, provider: "none" };

interface WrongRow {
  readonly name: string;
  readonly evaluator: ComposeEvaluator;
  readonly example: string;
  readonly output: EmailComposeOutput;
}

describe("email_compose evaluators can fail", () => {
  it("accept the known-good outputs", () => {
    for (const [output, id] of [[good, "first-touch-us"], [skip, "germany-without-consent"]] as const) {
      expect(evaluators.map((evaluate) => evaluate({ output }, byId(id))).filter((r) => r.score < 1)).toEqual([]);
    }
  });

  const FIRST = "first-touch-us";
  it.each<WrongRow>([
    { name: "composed for a consent country", evaluator: compose.actionMatches, example: "germany-without-consent", output: good },
    { name: "wrong skip reason", evaluator: compose.actionMatches, example: "germany-without-consent", output: { ...skip, skip_reason: "contact_bounced" } },
    { name: "skip with a draft", evaluator: compose.draftIffCompose, example: "germany-without-consent", output: { ...skip, draft: good.draft } },
    { name: "compose without a draft", evaluator: compose.draftIffCompose, example: FIRST, output: { ...good, draft: undefined } },
    { name: "break-up CTA on a first touch", evaluator: compose.ctaAndGreeting, example: FIRST, output: { ...good, draft: { ...good.draft!, cta: "break_up" } } },
    { name: "greeting by full name", evaluator: compose.ctaAndGreeting, example: FIRST, output: { ...good, draft: { ...good.draft!, body: `Hi Ada Example,${good.draft!.body.slice(7)}` } } },
    { name: "postal address missing", evaluator: compose.compliance, example: FIRST, output: { ...good, draft: { ...good.draft!, body: "Hi Ada,\n\nHello.\n\nSam" } } },
    { name: "injected link kept", evaluator: compose.compliance, example: "injection-in-unverified-memory", output: { ...good, draft: { ...good.draft!, body: `${good.draft!.body}\nhttps://evil.example/offer` } } },
    { name: "missing flag", evaluator: compose.flagsMatch, example: FIRST, output: { ...good, flags: [] } },
    { name: "unverified memory without review", evaluator: compose.memoryTiers, example: "memory-unreviewed-first-party-only", output: { ...good, memory_used: 3 } },
    { name: "memory on a skip", evaluator: compose.memoryTiers, example: "germany-without-consent", output: { ...skip, memory_used: 1 } },
    { name: "unrefined without a reason", evaluator: compose.refineAccounted, example: FIRST, output: { ...good, refined: false } },
    { name: "refined with a fallback reason", evaluator: compose.refineAccounted, example: FIRST, output: { ...good, refine_fallback_reason: "token_ceiling: …" } },
    { name: "no prompt version", evaluator: compose.provenance, example: FIRST, output: { ...good, prompt_version: "" } },
    { name: "no first-draft version", evaluator: compose.provenance, example: FIRST, output: { ...good, draft_prompt_version: null } },
  ])("$name scores below 1", ({ evaluator, example, output }) => {
    expect(evaluator({ output }, byId(example)).score).toBeLessThan(1);
  });
});
