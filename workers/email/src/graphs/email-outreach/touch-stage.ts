import type { TouchCta } from "./outreach-schemas.ts";

/** Where a touch sits in its sequence. */
export type TouchStage = "first" | "middle" | "last";

/**
 * The stage of touch `step` (0-based) of `maxTouches`. A one-touch sequence is
 * a first touch: a break-up to someone never written to would make no sense.
 *
 * @example
 * touchStage(0, 4); // "first"
 * touchStage(3, 4); // "last"
 */
export function touchStage(step: number, maxTouches: number): TouchStage {
  if (step === 0) return "first";
  return step >= maxTouches - 1 ? "last" : "middle";
}

/** The call to action each stage makes. */
export const CTA_OF_STAGE: Readonly<Record<TouchStage, TouchCta>> = {
  first: "soft_question",
  middle: "book_meeting",
  last: "break_up",
};
