import type { DraftFlag } from "../email-outreach/finalize-draft.ts";

/** Draft flags that always need a human: what the draft says may be wrong, not just plain. */
export const REVIEW_FLAGS: ReadonlySet<string> = new Set<DraftFlag>(["unexpected_link", "calendar_link_missing", "subject_repeated"]);

/**
 * Whether a draft pauses for human review before it is sent: a policy flag,
 * or confidence below the campaign's `review_threshold`.
 *
 * @example
 * needsReview({ confidence: 0.9, flags: ["unexpected_link"] }, 0.7); // true
 * needsReview({ confidence: 0.9, flags: ["generic_greeting"] }, 0.7); // false
 */
export function needsReview(draft: { confidence: number; flags: readonly string[] }, threshold: number): boolean {
  return draft.confidence < threshold || draft.flags.some((f) => REVIEW_FLAGS.has(f));
}
