import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { guardDecision, type GuardFacts } from "../../workers/email/src/campaign/guard-decision.ts";
import { contract } from "../../workers/email/src/graphs/campaign.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as guard from "./evaluators.ts";
import type { GuardReference } from "./evaluators.ts";

type RawFacts = Omit<GuardFacts, "now" | "nextSendAt" | "pausedUntil"> & { now: string; nextSendAt: string | null; pausedUntil: string | null };

const dataset = rawDataset as unknown as EvalDataset<RawFacts, GuardReference>;
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const saturdayNoon = Date.parse("2026-11-28T17:00:00Z");

// The guard is the campaign graph's decision core: its dataset is versioned
// against the campaign contract, whose input is not the guard's facts.
defineGraphEval({
  dataset,
  contract: { graph: contract.graph, version: contract.version },
  /** The dataset writes instants as ISO strings for review; the guard takes ms. */
  prepare: (example: EvalExample<RawFacts, GuardReference>): EvalExample<GuardFacts, GuardReference> => ({
    ...example,
    input: { ...example.input, now: Date.parse(example.input.now), nextSendAt: ms(example.input.nextSendAt), pausedUntil: ms(example.input.pausedUntil) },
  }),
  run: { "on the guard's decision": (input) => guardDecision(input) },
  evaluators: guard.evaluators,
  canFail: {
    rows: [
      { name: "sending to a replier", evaluator: guard.neverSendsToStopped, example: "replied", output: { action: "send" } },
      { name: "sending to a do-not-contact address", evaluator: guard.neverSendsToStopped, example: "dnc-gov-pattern", output: { action: "send" } },
      { name: "wrong reason", evaluator: guard.decisionMatches, example: "daily-cap-reached", output: { action: "wait", wake_at: 0, reason: "send_window" } },
      { name: "sending before opening hours", evaluator: guard.sendsOnlyWhenAllowed, example: "before-opening-hours", output: { action: "send" } },
      { name: "sending over the cap", evaluator: guard.sendsOnlyWhenAllowed, example: "daily-cap-reached", output: { action: "send" } },
      { name: "waking on a Saturday", evaluator: guard.wakeIsActionable, example: "cadence-lands-on-weekend", output: { action: "wait", wake_at: saturdayNoon, reason: "cadence" } },
      { name: "waking before the return date", evaluator: guard.wakeIsActionable, example: "out-of-office", output: { action: "wait", wake_at: Date.parse("2026-11-25T14:00:00Z"), reason: "out_of_office" } },
      { name: "an hour off across DST", evaluator: guard.wakeMatches, example: "weekend-across-eu-dst", output: { action: "wait", wake_at: Date.parse("2026-10-26T07:00:00Z"), reason: "send_window" } },
    ],
  },
});
