import { Command, isInterrupted, MemorySaver } from "@langchain/langgraph";
import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/email-reply.ts";
import type { EmailReplyInput, EmailReplyOutput } from "../../workers/email/src/graphs/email-reply/reply-schemas.ts";
import { defineGraphEval, parseInput } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as reply from "./evaluators.ts";
import type { ReplyReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, ReplyReference>;

/** Runs the real graph (on the offline provider) to its review pause, then resumes it with "approve". */
async function runApproved(input: EmailReplyInput, threadId: string): Promise<EmailReplyOutput> {
  const graph = buildGraph().compile({ checkpointer: new MemorySaver() });
  const config = { configurable: { thread_id: threadId }, context: { services: { hub: offlineHub() } } };
  const paused = await graph.invoke(input, config);
  if (!isInterrupted(paused)) throw new Error(`${threadId}: the graph finished without pausing for review`);
  return contract.output.parse(await graph.invoke(new Command({ resume: { action: "approve" } }), config));
}

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

defineGraphEval({
  dataset,
  contract,
  prepare: parseInput(contract),
  run: { "approved after review": (input, example) => runApproved(input, example.id) },
  evaluators: reply.evaluators,
  canFail: {
    example: "interested-with-link",
    accepts: [{ output: good }],
    rows: [
      { name: "stacked Re:", evaluator: reply.subjectSingleRe, output: { ...good, reply: { ...good.reply, subject: "Re: Re: Quick intro" } } },
      { name: "missing Re:", evaluator: reply.subjectSingleRe, output: { ...good, reply: { ...good.reply, subject: "Quick intro" } } },
      { name: "quoted original", evaluator: reply.noQuotedInbound, output: { ...good, reply: { ...good.reply, body: `${good.reply.body}\n\n> We help sales teams find better leads with less effort.` } } },
      { name: "unsubscribe sent anyway", evaluator: reply.skipIffNoReplyIntent, example: "unsubscribe", output: good },
      { name: "interested reply skipped", evaluator: reply.skipIffNoReplyIntent, output: { ...good, status: "skipped", send_allowed: false, skip_reason: "auto_reply" } },
      { name: "rejected instead of approved", evaluator: reply.statusMatches, output: { ...good, status: "rejected", send_allowed: false } },
      { name: "calendar link dropped", evaluator: reply.calendarLink, output: { ...good, reply: { ...good.reply, body: "Hi Ada,\n\nLet's talk." } } },
      { name: "calendar link where none belongs", evaluator: reply.calendarLink, example: "not-interested", output: good },
      { name: "greeting by full name", evaluator: reply.greeting, output: { ...good, reply: { ...good.reply, body: "Hi Ada Example,\n\nHello." } } },
      { name: "body for a bounce", evaluator: reply.greeting, example: "bounced", output: good },
      { name: "unknown provider", evaluator: reply.provenance, output: { ...good, provider: "" } },
      { name: "old prompt version", evaluator: reply.provenance, output: { ...good, prompt_version: "reply-v1" } },
      { name: "model called for an unsubscribe", evaluator: reply.provenance, example: "unsubscribe", output: { ...good, status: "skipped", send_allowed: false, skip_reason: "recipient_unsubscribed" } },
      { name: "flagged draft", evaluator: reply.cleanDraft, output: { ...good, flags: ["unexpected_link"] } },
      { name: "model refused", evaluator: reply.cleanDraft, output: { ...good, model_skip_reason: "kill_switch: LLM calls are halted" } },
      { name: "memory dropped", evaluator: reply.memoryAdmitted, example: "interested-with-memory", output: { ...good, memory_used: 2 } },
      { name: "memory in a prompt never sent", evaluator: reply.memoryAdmitted, example: "unsubscribe-with-memory", output: { ...good, memory_used: 1 } },
    ],
  },
});
