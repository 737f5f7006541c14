import { describe, expect, it } from "vitest";
import { applyReview, type ReviewOutcome } from "./apply-review.ts";
import type { ComposedDraft } from "./compose-draft.ts";
import type { ReviewDecision } from "./review-decision.ts";

const reply = { subject: "Re: Demo", body: "Hi Ada,\n\nThanks." };
const sendable: ComposedDraft = { reply, send_allowed: true, skip_reason: null };
const unsubscribed: ComposedDraft = { reply, send_allowed: false, skip_reason: "recipient_unsubscribed" };

interface Row {
  readonly name: string;
  readonly draft: ComposedDraft;
  readonly decision: ReviewDecision;
  readonly expected: ReviewOutcome;
}

describe("applyReview", () => {
  it.each<Row>([
    { name: "approve", draft: sendable, decision: { action: "approve" }, expected: { status: "approved", reply, send_allowed: true, rejection_reason: null } },
    {
      name: "edit body only",
      draft: sendable,
      decision: { action: "edit", body: "Hi Ada, edited." },
      expected: { status: "edited", reply: { subject: "Re: Demo", body: "Hi Ada, edited." }, send_allowed: true, rejection_reason: null },
    },
    {
      name: "edit subject only",
      draft: sendable,
      decision: { action: "edit", subject: "Re: Demo next week" },
      expected: { status: "edited", reply: { subject: "Re: Demo next week", body: reply.body }, send_allowed: true, rejection_reason: null },
    },
    { name: "reject with reason", draft: sendable, decision: { action: "reject", reason: "tone" }, expected: { status: "rejected", reply, send_allowed: false, rejection_reason: "tone" } },
    { name: "reject without reason", draft: sendable, decision: { action: "reject" }, expected: { status: "rejected", reply, send_allowed: false, rejection_reason: null } },
    { name: "approving a skip stays skipped", draft: unsubscribed, decision: { action: "approve" }, expected: { status: "skipped", reply, send_allowed: false, rejection_reason: null } },
    {
      name: "editing a skip stays skipped",
      draft: unsubscribed,
      decision: { action: "edit", body: "Sorry!" },
      expected: { status: "skipped", reply: { subject: reply.subject, body: "Sorry!" }, send_allowed: false, rejection_reason: null },
    },
    { name: "rejecting a skip is a rejection", draft: unsubscribed, decision: { action: "reject" }, expected: { status: "rejected", reply, send_allowed: false, rejection_reason: null } },
  ])("$name", ({ draft, decision, expected }) => {
    expect(applyReview(draft, decision)).toEqual(expected);
  });
});
