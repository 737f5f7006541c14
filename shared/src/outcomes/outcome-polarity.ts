/**
 * Version of the label → polarity table. Bump when a label moves between
 * polarities: positive rates computed under different tables do not compare.
 */
export const OUTCOME_POLARITY_VERSION = "1.0.0";

/** The three polarities; lower case, as the seed spells them. */
export const POSITIVE = "positive";
export const NEGATIVE = "negative";
export const NEUTRAL = "neutral";
export type Polarity = typeof POSITIVE | typeof NEGATIVE | typeof NEUTRAL;

/** The nine labels `inbound_classify` emits (the seed's INBOUND_EMAIL_VALID_LABELS). */
export const INBOUND_OUTCOME_LABELS = [
  "interested",
  "not_interested",
  "auto_reply",
  "bounced",
  "info_request",
  "unsubscribe",
  "spam",
  "partnership",
  "meeting_scheduled",
] as const;

/** Event kinds of `outcome_events.kind` (migration 0005). */
export const OUTCOME_EVENT_KINDS = ["sent", "delivered", "bounced", "replied", "meeting_booked", "unsubscribed", "out_of_office"] as const;

/**
 * Every known label and its polarity. Written out for all of them, NEUTRAL
 * included, so the table test can prove no label was forgotten.
 * - partnership and info_request are POSITIVE: a person engaged with the pick.
 * - spam is NEGATIVE: a junk answer says the address or the pick was bad.
 * - auto_reply / out_of_office are NEUTRAL: no outcome yet (censored), not a "no".
 * - sent / delivered are NEUTRAL: they happen to every pick, good or bad.
 */
export const POLARITY_OF: Readonly<Record<(typeof INBOUND_OUTCOME_LABELS)[number] | (typeof OUTCOME_EVENT_KINDS)[number], Polarity>> = {
  interested: POSITIVE,
  info_request: POSITIVE,
  partnership: POSITIVE,
  meeting_scheduled: POSITIVE,
  replied: POSITIVE,
  meeting_booked: POSITIVE,
  not_interested: NEGATIVE,
  bounced: NEGATIVE,
  unsubscribe: NEGATIVE,
  unsubscribed: NEGATIVE,
  spam: NEGATIVE,
  auto_reply: NEUTRAL,
  out_of_office: NEUTRAL,
  sent: NEUTRAL,
  delivered: NEUTRAL,
};

/**
 * The lookup key of a raw label: trimmed, lower case, inner runs of spaces or
 * hyphens as one underscore ("Meeting Booked" → "meeting_booked"). Anything
 * that is not a string has no key.
 *
 * @example
 * normalizeOutcomeLabel("  Not-Interested ") // "not_interested"
 * normalizeOutcomeLabel(42)                  // null
 */
export function normalizeOutcomeLabel(label: unknown): string | null {
  if (typeof label !== "string") return null;
  const key = label.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return key === "" ? null : key;
}

/**
 * Maps a raw outcome label to POSITIVE / NEGATIVE / NEUTRAL. Unknown or
 * missing labels are NEUTRAL: "no signal", not evidence the pick was bad, so
 * they never drag a measured positive rate down (positive-rate denominators
 * count only POSITIVE + NEGATIVE).
 *
 * @example
 * outcomePolarity("meeting_booked") // "positive"
 * outcomePolarity(" UNSUBSCRIBE ")  // "negative"
 * outcomePolarity("clicked")        // "neutral" (unknown)
 * outcomePolarity(null)             // "neutral" (missing)
 */
export function outcomePolarity(label: string | null | undefined): Polarity {
  const key = normalizeOutcomeLabel(label);
  if (key === null || !Object.hasOwn(POLARITY_OF, key)) return NEUTRAL;
  return POLARITY_OF[key as keyof typeof POLARITY_OF];
}
