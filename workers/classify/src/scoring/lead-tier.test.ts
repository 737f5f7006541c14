import { describe, expect, it } from "vitest";
import { combinedScore, leadTier } from "./lead-tier.ts";

describe("combinedScore", () => {
  it.each([
    [1, 1, 100],
    [1, 0, 80], // great fit, no signal yet
    [0, 0, 20],
    [0, -1, 0],
    [0.5, 1, 70],
    [0.5, -1, 30],
  ])("fit %s, engagement %s -> %s", (fit, engagement, score) => expect(combinedScore(fit, engagement)).toBe(score));
});

describe("leadTier", () => {
  it.each([
    { fit: "A", eng: 1, disq: null, sup: null, tier: "A1" },
    { fit: "B", eng: 2, disq: null, sup: null, tier: "B2" },
    { fit: "C", eng: 3, disq: null, sup: null, tier: "C3" },
    { fit: "A", eng: 1, disq: 'industry "gambling"', sup: null, tier: "disqualified" },
    // Suppression outranks everything: an unsubscribed lead is never contacted.
    { fit: "A", eng: 1, disq: 'industry "gambling"', sup: "unsubscribed on 2026-11-20", tier: "suppressed" },
  ] as const)("$fit$eng (disqualified: $disq, suppressed: $sup) -> $tier", ({ fit, eng, disq, sup, tier }) => {
    expect(leadTier({ grade: fit, disqualifiedBy: disq }, { grade: eng }, sup)).toBe(tier);
  });
});
