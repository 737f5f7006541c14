import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/email-outreach.ts";
import type { EmailOutreachInput, EmailOutreachOutput } from "../../workers/email/src/graphs/email-outreach/outreach-schemas.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as outreach from "./evaluators.ts";
import { evaluators, type OutreachEvaluator, type OutreachReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, OutreachReference>;
const typed = (example: EvalExample<unknown, OutreachReference>): EvalExample<EmailOutreachInput, OutreachReference> => ({
  ...example,
  input: contract.input.parse(example.input),
});
const byId = (id: string) => typed(dataset.examples.find((e) => e.id === id)!);
const graph = buildGraph().compile();

/** The real graph on the offline provider: the hub answers with the template composition. */
const run = async (input: EmailOutreachInput): Promise<EmailOutreachOutput> =>
  contract.output.parse(await graph.invoke(input, { context: { services: { hub: offlineHub() } } }));

describe("email_outreach dataset", () => {
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

const good: EmailOutreachOutput = {
  subject: "An idea for Example Org Transport",
  body: "Hi Ed,\n\nFollowing up on my earlier note.\n\nYou can pick a time here: https://cal.example.com/sam-seller\n\nBest,\nSam Seller\nAcme Example\n1 Main St, Springfield, 12345",
  cta: "book_meeting",
  confidence: 0.9,
  flags: [],
  prompt_version: "outreach-v1",
  provider: "offline",
};

interface WrongRow {
  readonly name: string;
  readonly evaluator: OutreachEvaluator;
  readonly example: string;
  readonly output: EmailOutreachOutput;
}

describe("email_outreach evaluators can fail", () => {
  it("accept the known-good output", () => {
    const results = evaluators.map((evaluate) => evaluate({ output: good }, byId("middle-with-calendar-link")));
    expect(results.filter((r) => r.score < 1)).toEqual([]);
  });

  const EX = "middle-with-calendar-link";
  it.each<WrongRow>([
    { name: "break-up CTA in a middle touch", evaluator: outreach.ctaMatches, example: EX, output: { ...good, cta: "break_up" } },
    { name: "calendar link dropped", evaluator: outreach.calendarLinkPolicy, example: EX, output: { ...good, body: good.body.replace("https://cal.example.com/sam-seller", "") } },
    { name: "calendar link in a first touch", evaluator: outreach.calendarLinkPolicy, example: EX, output: { ...good, cta: "soft_question" } },
    { name: "no postal address", evaluator: outreach.postalAddress, example: EX, output: { ...good, body: "Hi Ed,\n\nHello.\n\nSam" } },
    { name: "greeting by full name", evaluator: outreach.greeting, example: EX, output: { ...good, body: `Hi Ed Example,${good.body.slice(6)}` } },
    { name: "reused subject", evaluator: outreach.freshSubject, example: EX, output: { ...good, subject: "quick question for example org transport" } },
    { name: "unflagged foreign link", evaluator: outreach.foreignLinksFlagged, example: EX, output: { ...good, body: `${good.body}\nhttps://evil.example/x` } },
    { name: "flag without a link", evaluator: outreach.foreignLinksFlagged, example: EX, output: { ...good, flags: ["unexpected_link"] } },
    { name: "unexpected flag", evaluator: outreach.flagsMatch, example: EX, output: { ...good, flags: ["generic_greeting"] } },
    { name: "placeholder left in", evaluator: outreach.noPlaceholders, example: EX, output: { ...good, subject: "An idea for {company}" } },
    { name: "undefined name", evaluator: outreach.noPlaceholders, example: EX, output: { ...good, body: `Hi undefined,${good.body.slice(6)}` } },
    { name: "break-up that keeps chasing", evaluator: outreach.breakUpSaysSo, example: "last-break-up-named", output: { ...good, cta: "break_up" } },
    { name: "too long", evaluator: outreach.wordBudget, example: EX, output: { ...good, body: `Hi Ed,\n\n${"word ".repeat(200)}\n\nBest,\nSam` } },
    { name: "unknown provider", evaluator: outreach.provenance, example: EX, output: { ...good, provider: "" } },
  ])("$name scores below 1", ({ evaluator, example, output }) => {
    expect(evaluator({ output }, byId(example)).score).toBeLessThan(1);
  });
});
