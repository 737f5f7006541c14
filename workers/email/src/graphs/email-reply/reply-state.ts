import { StateSchema } from "@langchain/langgraph";
import { z } from "zod";
import { EmailReplyInput, ReplyDraft, ReplyStatus } from "./reply-schemas.ts";
import { ReviewDecision } from "./review-decision.ts";

/**
 * Channels of the email_reply graph: the input, the composed draft, the
 * reviewer's decision and the outcome. Fields past the input are optional
 * because they fill in as the run advances through draft → review → finalize,
 * and nullable so `draft` can clear what an earlier run on the thread left.
 */
export const ReplyState = new StateSchema({
  ...EmailReplyInput.shape,
  reply: ReplyDraft.optional(),
  send_allowed: z.boolean().optional(),
  skip_reason: z.string().nullable().optional(),
  model_skip_reason: z.string().nullable().optional(),
  flags: z.array(z.string()).optional(),
  memory_used: z.int().min(0).optional(),
  decision: ReviewDecision.nullable().optional(),
  review_error: z.string().nullable().optional(),
  status: ReplyStatus.nullable().optional(),
  rejection_reason: z.string().nullable().optional(),
  prompt_version: z.string().optional(),
  provider: z.string().optional(),
});
