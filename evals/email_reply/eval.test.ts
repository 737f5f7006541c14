import { Command, isInterrupted, MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/email-reply.ts";
import type { EmailReplyInput, EmailReplyOutput } from "../../workers/email/src/graphs/email-reply/reply-schemas.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as reply from "./evaluators.ts";
import { evaluators, type ReplyEvaluator, type ReplyReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, ReplyReference>;
const typed = (example: EvalExample<unknown, ReplyReference>): EvalExample<EmailReplyInput, ReplyReference> => ({
  ...example,
  input: contract.input.parse(example.input),
});
const byId = (id: string) => typed(dataset.examples.find((e) => e.id === id)!);

/** Runs the real graph (on the offline provider) to its review pause, then resumes it with "approve". */
async function runApproved(input: EmailReplyInput, threadId: string): Promise<EmailReplyOutput> {
  const graph = buildGraph().compile({ checkpointer: new MemorySaver() });
  const config = { configurable: { thread_id: threadId }, context: { services: { hub: offlineHub() } } };
  const paused = await graph.invoke(input, config);
  if (!isInterrupted(paused)) throw new Error(`${threadId}: the graph finished without pausing for review`);
  return contract.output.parse(await graph.invoke(new Command({ resume: { action: "approve" } }), config));
}

describe("email_reply dataset", () => {
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
    const output = await runApproved(ex.input, ex.id);
    const failures = evaluators.map((evaluate) => evaluate({ output }, ex)).filter((r) => r.score < 1);
    expect(failures).toEqual([]);
  });
});

const good: EmailReplyOutput = {
  status: "approved",
  reply: {
    subject: "Re: Quick intro",
    body: "Hi Ada,\n\nWould a 30-minute call next week work? https://cal.example.com/sam-seller\n\nBest regards,\nSam Seller\nAcme Example",
  },
  send_allowed: true,
  skip_reason: null,
  model_skip_reason: null,
  flags: [],
  memory_used: 0,
  rejection_reason: null,
  review_error: null,
  prompt_version: "reply-v2",
  provider: "offline",
};

interface WrongRow {
  readonly name: string;
  readonly evaluator: ReplyEvaluator;
  readonly example: string;
  readonly output: EmailReplyOutput;
}

describe("email_reply evaluators can fail", () => {
  it("accept the known-good output", () => {
    const results = evaluators.map((evaluate) => evaluate({ output: good }, byId("interested-with-link")));
    expect(results.filter((r) => r.score < 1)).toEqual([]);
  });

  it.each<WrongRow>([
    { name: "stacked Re:", evaluator: reply.subjectSingleRe, example: "interested-with-link", output: { ...good, reply: { ...good.reply, subject: "Re: Re: Quick intro" } } },
    { name: "missing Re:", evaluator: reply.subjectSingleRe, example: "interested-with-link", output: { ...good, reply: { ...good.reply, subject: "Quick intro" } } },
    {
      name: "quoted original",
      evaluator: reply.noQuotedInbound,
      example: "interested-with-link",
      output: { ...good, reply: { ...good.reply, body: `${good.reply.body}\n\n> We help sales teams find better leads with less effort.` } },
    },
    { name: "unsubscribe sent anyway", evaluator: reply.skipIffNoReplyIntent, example: "unsubscribe", output: good },
    { name: "interested reply skipped", evaluator: reply.skipIffNoReplyIntent, example: "interested-with-link", output: { ...good, status: "skipped", send_allowed: false, skip_reason: "auto_reply" } },
    { name: "rejected instead of approved", evaluator: reply.statusMatches, example: "interested-with-link", output: { ...good, status: "rejected", send_allowed: false } },
    { name: "calendar link dropped", evaluator: reply.calendarLink, example: "interested-with-link", output: { ...good, reply: { ...good.reply, body: "Hi Ada,\n\nLet's talk." } } },
    { name: "calendar link where none belongs", evaluator: reply.calendarLink, example: "not-interested", output: good },
    { name: "greeting by full name", evaluator: reply.greeting, example: "interested-with-link", output: { ...good, reply: { ...good.reply, body: "Hi Ada Example,\n\nHello." } } },
    { name: "body for a bounce", evaluator: reply.greeting, example: "bounced", output: good },
    { name: "unknown provider", evaluator: reply.provenance, example: "interested-with-link", output: { ...good, provider: "" } },
    { name: "old prompt version", evaluator: reply.provenance, example: "interested-with-link", output: { ...good, prompt_version: "reply-v1" } },
    { name: "model called for an unsubscribe", evaluator: reply.provenance, example: "unsubscribe", output: { ...good, status: "skipped", send_allowed: false, skip_reason: "recipient_unsubscribed" } },
    { name: "flagged draft", evaluator: reply.cleanDraft, example: "interested-with-link", output: { ...good, flags: ["unexpected_link"] } },
    { name: "model refused", evaluator: reply.cleanDraft, example: "interested-with-link", output: { ...good, model_skip_reason: "kill_switch: LLM calls are halted" } },
    { name: "memory dropped", evaluator: reply.memoryAdmitted, example: "interested-with-memory", output: { ...good, memory_used: 2 } },
    { name: "memory in a prompt never sent", evaluator: reply.memoryAdmitted, example: "unsubscribe-with-memory", output: { ...good, memory_used: 1 } },
  ])("$name scores below 1", ({ evaluator, example, output }) => {
    expect(evaluator({ output }, byId(example)).score).toBeLessThan(1);
  });
});
