import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { guardDecision, type GuardDecision, type GuardFacts } from "../../workers/email/src/campaign/guard-decision.ts";
import { contract } from "../../workers/email/src/graphs/campaign.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as guard from "./evaluators.ts";
import { evaluators, type GuardEvaluator, type GuardReference } from "./evaluators.ts";

type RawFacts = Omit<GuardFacts, "now" | "nextSendAt" | "pausedUntil"> & { now: string; nextSendAt: string | null; pausedUntil: string | null };

const dataset = rawDataset as unknown as EvalDataset<RawFacts, GuardReference>;
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
/** The dataset writes instants as ISO strings for review; the guard takes ms. */
const typed = (example: EvalExample<RawFacts, GuardReference>): EvalExample<GuardFacts, GuardReference> => ({
  ...example,
  input: { ...example.input, now: Date.parse(example.input.now), nextSendAt: ms(example.input.nextSendAt), pausedUntil: ms(example.input.pausedUntil) },
});
const byId = (id: string) => typed(dataset.examples.find((e) => e.id === id)!);

describe("campaign guard dataset", () => {
  it("is versioned against the current contract and has enough unique examples", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
  });

  it.each(dataset.examples)("$id: every evaluator passes on the guard's decision", (example) => {
    const ex = typed(example);
    const output = guardDecision(ex.input);
    expect(evaluators.map((evaluate) => evaluate({ output }, ex)).filter((r) => r.score < 1)).toEqual([]);
  });
});

describe("campaign guard evaluators can fail", () => {
  const saturdayNoon = Date.parse("2026-11-28T17:00:00Z");
  it.each<{ name: string; evaluator: GuardEvaluator; example: string; output: GuardDecision }>([
    { name: "sending to a replier", evaluator: guard.neverSendsToStopped, example: "replied", output: { action: "send" } },
    { name: "sending to a do-not-contact address", evaluator: guard.neverSendsToStopped, example: "dnc-gov-pattern", output: { action: "send" } },
    { name: "wrong reason", evaluator: guard.decisionMatches, example: "daily-cap-reached", output: { action: "wait", wake_at: 0, reason: "send_window" } },
    { name: "sending before opening hours", evaluator: guard.sendsOnlyWhenAllowed, example: "before-opening-hours", output: { action: "send" } },
    { name: "sending over the cap", evaluator: guard.sendsOnlyWhenAllowed, example: "daily-cap-reached", output: { action: "send" } },
    { name: "waking on a Saturday", evaluator: guard.wakeIsActionable, example: "cadence-lands-on-weekend", output: { action: "wait", wake_at: saturdayNoon, reason: "cadence" } },
    { name: "waking before the return date", evaluator: guard.wakeIsActionable, example: "out-of-office", output: { action: "wait", wake_at: Date.parse("2026-11-25T14:00:00Z"), reason: "out_of_office" } },
    { name: "an hour off across DST", evaluator: guard.wakeMatches, example: "weekend-across-eu-dst", output: { action: "wait", wake_at: Date.parse("2026-10-26T07:00:00Z"), reason: "send_window" } },
  ])("$name scores below 1", ({ evaluator, example, output }) => {
    expect(evaluator({ output }, byId(example)).score).toBeLessThan(1);
  });
});
