import { z } from "zod";

const Subject = z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/, "subject must be one line");
const Body = z.string().trim().min(1).max(5_000);
/** Optional clock of the reviewer's resume; without it the approved touch waits for the cron's clock. */
const Now = z.int().min(0).optional();

/** The resume value a reviewer sends to the paused `review` node. */
export const CampaignReviewDecision = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("approve"), now: Now }),
  z
    .strictObject({ action: z.literal("edit"), subject: Subject.optional(), body: Body.optional(), now: Now })
    .refine((e) => e.subject !== undefined || e.body !== undefined, "an edit needs a subject or a body"),
  z.strictObject({ action: z.literal("reject"), reason: z.string().trim().max(2_000).optional(), now: Now }),
]);
export type CampaignReviewDecision = z.infer<typeof CampaignReviewDecision>;

/**
 * Validates a review resume value. Never throws: a bad value becomes an error
 * the graph shows when it asks again, instead of failing the thread.
 *
 * @example
 * parseReviewResume({ action: "edit", body: "Hi Ada, …" }); // { ok: true, decision: { action: "edit", body: "Hi Ada, …" } }
 * parseReviewResume({ now: 1 });                           // { ok: false, error: "invalid review decision: action: …" }
 */
export function parseReviewResume(value: unknown): { ok: true; decision: CampaignReviewDecision } | { ok: false; error: string } {
  const parsed = CampaignReviewDecision.safeParse(value);
  if (parsed.success) return { ok: true, decision: parsed.data };
  const issues = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
  return { ok: false, error: `invalid review decision: ${issues.join("; ")}` };
}
