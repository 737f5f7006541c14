import type { ComposedDraft } from "./compose-draft.ts";
import type { ReplyDraft, ReplyStatus } from "./reply-schemas.ts";
import type { ReviewDecision } from "./review-decision.ts";

export interface ReviewOutcome {
  readonly status: ReplyStatus;
  readonly reply: ReplyDraft;
  readonly send_allowed: boolean;
  readonly rejection_reason: string | null;
}

/**
 * Applies a reviewer's decision to a draft. A rejection always wins; a draft
 * that policy forbids sending stays "skipped" whatever the reviewer approves,
 * since no approval can override an unsubscribe or a bounce.
 *
 * @example
 * applyReview(draft, { action: "edit", body: "Hi Ada, …" }); // { status: "edited", send_allowed: true, … }
 * applyReview(unsubscribeDraft, { action: "approve" });     // { status: "skipped", send_allowed: false, … }
 */
export function applyReview(draft: Pick<ComposedDraft, "reply" | "send_allowed">, decision: ReviewDecision): ReviewOutcome {
  const reply: ReplyDraft =
    decision.action === "edit"
      ? { subject: decision.subject ?? draft.reply.subject, body: decision.body ?? draft.reply.body }
      : draft.reply;
  if (decision.action === "reject") {
    return { status: "rejected", reply, send_allowed: false, rejection_reason: decision.reason || null };
  }
  if (!draft.send_allowed) return { status: "skipped", reply, send_allowed: false, rejection_reason: null };
  return { status: decision.action === "edit" ? "edited" : "approved", reply, send_allowed: true, rejection_reason: null };
}
