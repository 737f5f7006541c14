import { buildGraph as buildOutreachGraph } from "../../email-outreach.ts";
import type { EmailOutreachOutput } from "../../email-outreach/outreach-schemas.ts";
import { campaignNode } from "../campaign-node.ts";
import { outreachInputOf } from "../outreach-input.ts";
import { needsReview } from "../review-policy.ts";

// Compiled once per isolate and without a checkpointer: the touch is
// recomputed if this node re-runs, and its result lives in the campaign's state.
let outreach: ReturnType<ReturnType<typeof buildOutreachGraph>["compile"]> | undefined;
const outreachGraph = () => (outreach ??= buildOutreachGraph().compile({ checkpointer: false }));

/**
 * Drafts the next touch with the email_outreach graph. A draft already made
 * for this step (e.g. approved by a reviewer, then held by the send window)
 * is kept, never regenerated.
 *
 * @example
 * graph.addNode("generate_touch", generateTouch);
 */
export const generateTouch = campaignNode("generate_touch", async (s, { services, config }) => {
  if (s.draft && s.draft.step === s.step) return {};
  const ctx = await services.campaigns.context(s.campaign_id, s.contact_id);
  const touch = (await outreachGraph().invoke(outreachInputOf(ctx, s), {
    context: config.context,
    signal: config.signal,
    callbacks: config.callbacks,
  })) as EmailOutreachOutput;
  return {
    draft: {
      step: s.step,
      subject: touch.subject,
      body: touch.body,
      cta: touch.cta,
      confidence: touch.confidence,
      flags: touch.flags,
      prompt_version: touch.prompt_version,
      provider: touch.provider,
      needs_review: needsReview(touch, ctx.campaign.settings.review_threshold),
      approved: false,
      edited: false,
    },
    review_error: null,
  };
});
