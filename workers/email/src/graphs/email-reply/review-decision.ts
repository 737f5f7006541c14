import { z } from "zod";
import { ReplyDraft } from "./reply-schemas.ts";

/** The resume value a reviewer sends to the paused `review` node. */
export const ReviewDecision = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("approve") }),
  z
    .strictObject({
      action: z.literal("edit"),
      subject: ReplyDraft.shape.subject.trim().min(1).optional(),
      body: ReplyDraft.shape.body.trim().min(1).optional(),
    })
    .refine((edit) => edit.subject !== undefined || edit.body !== undefined, "an edit needs a subject or a body"),
  z.strictObject({ action: z.literal("reject"), reason: z.string().trim().max(2_000).optional() }),
]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export type ParsedDecision = { ok: true; decision: ReviewDecision } | { ok: false; error: string };

/**
 * Validates a resume value. Never throws: a bad value from a reviewer becomes
 * an error message so the graph can ask again instead of failing the thread.
 *
 * @example
 * parseReviewDecision({ action: "approve" });  // { ok: true, decision: { action: "approve" } }
 * parseReviewDecision({ action: "send" });     // { ok: false, error: "invalid review decision: action: …" }
 */
export function parseReviewDecision(value: unknown): ParsedDecision {
  const parsed = ReviewDecision.safeParse(value);
  if (parsed.success) return { ok: true, decision: parsed.data };
  const issues = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
  return { ok: false, error: `invalid review decision: ${issues.join("; ")}` };
}
