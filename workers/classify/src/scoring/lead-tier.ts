import type { EngagementResult } from "./engagement-score.ts";
import type { FitResult } from "./fit-score.ts";

/** How much each axis counts in the combined 0–100 score. */
export const COMBINE_WEIGHTS = { fit: 0.6, engagement: 0.4 } as const;

/** A1 (great fit, engaged) … C3 (poor fit, negative), and the two gates. */
export const TIERS = ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3", "disqualified", "suppressed"] as const;
export type Tier = (typeof TIERS)[number];

/**
 * The combined score, 0–100: fit (0..1) and engagement mapped from -1..1
 * onto 0..1, weighted 60/40. A lead with no events sits at engagement 0.5,
 * so fit alone spans 20–80 and engagement moves it from there.
 *
 * @example
 * combinedScore(1, 0)   // 80
 * combinedScore(0.5, 1) // 70
 */
export function combinedScore(fit: number, engagement: number): number {
  return Math.round(100 * (COMBINE_WEIGHTS.fit * fit + COMBINE_WEIGHTS.engagement * ((engagement + 1) / 2)));
}

/**
 * The tier: the fit grade and engagement grade as a matrix cell (A1 = great
 * fit and engaged … C3 = poor fit and negative), unless a gate applies:
 * suppressed (unsubscribed or bounced: never contact) outranks disqualified
 * (anti-ICP).
 *
 * @example
 * leadTier({ grade: "A", disqualifiedBy: null }, { grade: 2 }, null) // "A2"
 * leadTier({ grade: "A", disqualifiedBy: null }, { grade: 1 }, "unsubscribed on 2026-11-20") // "suppressed"
 */
export function leadTier(
  fit: Pick<FitResult, "grade" | "disqualifiedBy">,
  engagement: Pick<EngagementResult, "grade">,
  suppression: string | null,
): Tier {
  if (suppression) return "suppressed";
  if (fit.disqualifiedBy) return "disqualified";
  return `${fit.grade}${engagement.grade}`;
}
