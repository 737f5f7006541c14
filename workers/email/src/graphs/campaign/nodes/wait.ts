import { interrupt } from "@langchain/langgraph";
import { campaignNode } from "../campaign-node.ts";
import { WaitResume, type WaitRequest } from "../campaign-schemas.ts";

/**
 * Ends the run at an interrupt until the cron (or the API) resumes it with
 * `{ now }`. Writes the thread row first — `waiting` with its wake time, or
 * `paused` with none — so the cron finds it. The clock never goes backwards:
 * a stale resume keeps the later `now`. A malformed resume value keeps the
 * old clock, and the guard then simply decides again.
 *
 * @example
 * graph.addNode("wait", wait);
 */
export const wait = campaignNode("wait", async (s, { services, threadId }) => {
  const paused = s.status === "paused";
  // A waiting thread always has a wake time, or the cron would never find it: default to due now.
  const wakeAt = paused ? null : (s.wake_at ?? s.now);
  await services.campaigns.updateThread(
    threadId,
    { status: paused ? "paused" : "waiting", step: s.step, wakeAt, stopReason: paused ? s.stop_reason : null },
    s.now,
  );
  const request: WaitRequest = { kind: "wait", wake_at: wakeAt, status: paused ? "paused" : "waiting", reason: paused ? s.stop_reason : s.hold_reason };
  const resumed = WaitResume.safeParse(interrupt(request));
  const now = resumed.success ? Math.max(s.now, resumed.data.now) : s.now;
  return { now, status: "running", decision: null, send_outcome: null, hold_reason: null, stop_reason: null };
});
