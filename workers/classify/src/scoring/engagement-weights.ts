import { normalizeOutcomeLabel } from "../../../../shared/src/outcomes/index.ts";

/**
 * Weight of each outcome event kind (`outcome_events.kind`). Signs follow
 * `outcomePolarity` (a test holds them to it); sizes follow the seed's reward
 * mapping: a booked meeting is the goal, a reply is good, a bounce or an
 * unsubscribe is bad. sent / delivered / out_of_office carry no signal.
 */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  sent: 0,
  delivered: 0,
  out_of_office: 0,
  replied: 0.4,
  meeting_booked: 1,
  bounced: -0.6,
  unsubscribed: -1,
};

/**
 * Weight of an inbound label (`inbound_classify`). When an event carries a
 * known label it outranks the kind: a "replied" that says not_interested is
 * a no, not a reply.
 */
export const LABEL_WEIGHTS: Readonly<Record<string, number>> = {
  meeting_scheduled: 1,
  interested: 0.6,
  info_request: 0.3,
  partnership: 0.2,
  auto_reply: 0,
  not_interested: -0.5,
  bounced: -0.6,
  spam: -0.8,
  unsubscribe: -1,
};

/**
 * The weight of an event, from its label when that is known, else from its
 * kind; null when neither is known (the event is ignored, like a NEUTRAL
 * outcome). Case- and whitespace-insensitive.
 *
 * @example
 * eventWeight("replied", "not_interested") // -0.5
 * eventWeight("Meeting Booked", null)      // 1
 * eventWeight("clicked", null)             // null
 */
export function eventWeight(kind: string, label?: string | null): number | null {
  const l = normalizeOutcomeLabel(label);
  if (l !== null && Object.hasOwn(LABEL_WEIGHTS, l)) return LABEL_WEIGHTS[l]!;
  const k = normalizeOutcomeLabel(kind);
  if (k !== null && Object.hasOwn(KIND_WEIGHTS, k)) return KIND_WEIGHTS[k]!;
  return null;
}
