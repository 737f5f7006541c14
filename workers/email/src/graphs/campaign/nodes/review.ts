import { interrupt } from "@langchain/langgraph";
import { campaignNode } from "../campaign-node.ts";
import { parseReviewResume } from "../review-resume.ts";

/** What the reviewer sees at the pause; resume with a `CampaignReviewDecision`. */
export interface CampaignReviewRequest {
  readonly kind: "review";
  readonly thread_id: string;
  readonly step: number;
  readonly draft: { subject: string; body: string; cta: string; confidence: number; flags: readonly string[] };
  /** Why the previous resume value was refused, if it was. */
  readonly error: string | null;
}

/**
 * Pauses a flagged draft for a human. Approve or edit marks the draft
 * approved; it is then sent only after `check_reply` and `guard` run again,
 * since a reply may have arrived while it waited. A decision carrying `now`
 * continues at once; one without waits for the cron's clock (the thread
 * becomes due at once, so the next tick sends it within the send window).
 * Reject stops the thread. An invalid value asks again, showing the error.
 *
 * @example
 * graph.addNode("review", review);
 */
export const review = campaignNode("review", async (s, { services, threadId }) => {
  const draft = s.draft;
  if (!draft) throw new Error("campaign: review reached without a draft");
  await services.campaigns.updateThread(threadId, { status: "review", step: s.step, wakeAt: null, stopReason: null }, s.now);
  const request: CampaignReviewRequest = {
    kind: "review",
    thread_id: threadId,
    step: s.step,
    draft: { subject: draft.subject, body: draft.body, cta: draft.cta, confidence: draft.confidence, flags: draft.flags },
    error: s.review_error,
  };
  const parsed = parseReviewResume(interrupt(request));
  if (!parsed.ok) return { review_error: parsed.error, status: "review" };

  const d = parsed.decision;
  const now = d.now === undefined ? s.now : Math.max(s.now, d.now);
  if (d.action === "reject") {
    await services.campaigns.updateThread(threadId, { status: "stopped", step: s.step, wakeAt: null, stopReason: "review_rejected" }, now);
    return { now, status: "stopped", stop_reason: "review_rejected", draft: null, review_error: null, wake_at: null };
  }
  const approved = {
    ...draft,
    approved: true,
    edited: d.action === "edit",
    ...(d.action === "edit" && d.subject !== undefined ? { subject: d.subject } : {}),
    ...(d.action === "edit" && d.body !== undefined ? { body: d.body } : {}),
  };
  if (d.now === undefined) return { draft: approved, review_error: null, status: "waiting", wake_at: s.now, hold_reason: "awaiting_clock", stop_reason: null };
  return { now, draft: approved, review_error: null, status: "running" };
});
