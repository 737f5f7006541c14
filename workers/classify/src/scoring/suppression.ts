import { normalizeOutcomeLabel } from "../../../../shared/src/outcomes/index.ts";
import type { OutcomeEvent } from "./engagement-score.ts";

// Outcomes that end contact for good. They also weigh on engagement, but
// engagement decays and these must not: an unsubscribe is not forgiven after
// a quiet quarter.
const SUPPRESSING = new Set(["unsubscribed", "unsubscribe", "bounced", "spam_complaint"]);

/**
 * The first suppressing outcome at or before `asOf` (unsubscribed or
 * bounced, by kind or label), as a reason; null when the lead may be
 * contacted.
 *
 * @example
 * suppressionOf([{ kind: "unsubscribed", occurred_at: "2026-11-20T10:00:00Z" }], "2026-11-24T10:00:00Z")
 * // "unsubscribed on 2026-11-20"
 */
export function suppressionOf(events: readonly OutcomeEvent[], asOf: string): string | null {
  const now = Date.parse(asOf);
  const hits = events
    .filter((e) => Date.parse(e.occurred_at) <= now)
    .map((e) => ({ e, key: [normalizeOutcomeLabel(e.label), normalizeOutcomeLabel(e.kind)].find((k) => k !== null && SUPPRESSING.has(k)) }))
    .filter((h): h is { e: OutcomeEvent; key: string } => h.key !== undefined)
    .sort((a, b) => Date.parse(a.e.occurred_at) - Date.parse(b.e.occurred_at));
  const first = hits[0];
  return first ? `${first.key} on ${first.e.occurred_at.slice(0, 10)}` : null;
}
