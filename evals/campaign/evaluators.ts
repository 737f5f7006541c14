// Evaluators of the campaign's decision core: each example is a set of guard
// facts (what the guard node reads) and the run is `guardDecision(facts)`.
// The graph's I/O around it is covered by the workerd tests.
import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { GuardDecision, GuardFacts } from "../../workers/email/src/campaign/guard-decision.ts";
import { inSendWindow } from "../../workers/email/src/campaign/time/send-window.ts";

/** What the guard must decide; `wake_at` (ISO) when the example pins it. */
export interface GuardReference {
  readonly action: GuardDecision["action"];
  readonly reason?: string;
  readonly wake_at?: string;
}

export type GuardEvaluator = Evaluator<GuardDecision, GuardFacts, GuardReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });
const reasonOf = (d: GuardDecision) => ("reason" in d ? d.reason : undefined);

/**
 * Action and reason are the reference's.
 *
 * @example
 * decisionMatches({ output: { action: "send" } }, repliedExample).score; // 0
 */
export const decisionMatches: GuardEvaluator = ({ output }, { reference }) => {
  const ok = output.action === reference.action && reasonOf(output) === reference.reason;
  return result("decision_matches", ok, `${output.action}/${reasonOf(output) ?? "-"}, expected ${reference.action}/${reference.reason ?? "-"}`);
};

/**
 * Never sends to someone who answered, bounced, unsubscribed or is on the do-not-contact list.
 *
 * @example
 * neverSendsToStopped({ output: { action: "send" } }, dncExample).score; // 0
 */
export const neverSendsToStopped: GuardEvaluator = ({ output }, { input }) => {
  const mustNot = input.signal.kind !== "none" && input.signal.kind !== "out_of_office";
  const blocked = mustNot || input.dnc !== null || input.contactStatus !== "active" || input.campaignStatus !== "active";
  const ok = !(blocked && output.action === "send");
  return result("never_sends_to_stopped", ok, ok ? "ok" : "sent despite a stop condition");
};

/**
 * A send happens only inside the recipient's window, under the mailbox's cap, after the cadence.
 *
 * @example
 * sendsOnlyWhenAllowed({ output: { action: "send" } }, saturdayExample).score; // 0
 */
export const sendsOnlyWhenAllowed: GuardEvaluator = ({ output }, { input }) => {
  if (output.action !== "send") return result("sends_only_when_allowed", true, "no send");
  const ok =
    inSendWindow(input.now, input.recipientTimeZone, input.window) &&
    input.sentToday < input.dailyCap &&
    (input.nextSendAt === null || input.now >= input.nextSendAt) &&
    (input.pausedUntil === null || input.now >= input.pausedUntil);
  return result("sends_only_when_allowed", ok, ok ? "allowed" : "send outside window, cap or cadence");
};

/**
 * A wait wakes inside the recipient's window, never before now, the cadence or the return date.
 *
 * @example
 * wakeIsActionable({ output: { action: "wait", wake_at: saturdayNoon, reason: "cadence" } }, example).score; // 0
 */
export const wakeIsActionable: GuardEvaluator = ({ output }, { input }) => {
  if (output.action !== "wait") return result("wake_is_actionable", true, "no wait");
  const floor = Math.max(input.now, input.nextSendAt ?? 0, input.pausedUntil ?? 0);
  const ok = output.wake_at >= floor && inSendWindow(output.wake_at, input.recipientTimeZone, input.window);
  return result("wake_is_actionable", ok, new Date(output.wake_at).toISOString());
};

/**
 * The wake time is the reference's, where the example pins one.
 *
 * @example
 * wakeMatches({ output: { action: "wait", wake_at: 0, reason: "cadence" } }, weekendExample).score; // 0
 */
export const wakeMatches: GuardEvaluator = ({ output }, { reference }) => {
  if (!reference.wake_at) return result("wake_matches", true, "not pinned");
  const got = output.action === "wait" ? new Date(output.wake_at).toISOString() : "none";
  return result("wake_matches", got === new Date(reference.wake_at).toISOString(), `${got}, expected ${reference.wake_at}`);
};

/** Every deterministic evaluator for the campaign guard, in report order. */
export const evaluators: readonly GuardEvaluator[] = [decisionMatches, neverSendsToStopped, sendsOnlyWhenAllowed, wakeIsActionable, wakeMatches];
