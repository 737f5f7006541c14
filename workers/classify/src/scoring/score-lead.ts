import { DEFAULT_HALF_LIFE_DAYS, engagementScore, type EngagementResult, type OutcomeEvent } from "./engagement-score.ts";
import type { LeadFacts } from "./fit-dimensions.ts";
import { FIT_DIMENSIONS, fitScore, type FitResult } from "./fit-score.ts";
import { DEFAULT_ICP, type IcpConfig } from "./icp-config.ts";
import { combinedScore, leadTier, type Tier } from "./lead-tier.ts";
import { suppressionOf } from "./suppression.ts";

export interface LeadScoreRequest {
  readonly lead: LeadFacts;
  readonly icp?: IcpConfig;
  readonly events: readonly OutcomeEvent[];
  readonly as_of: string;
  readonly half_life_days?: number;
}

export interface LeadScore {
  readonly fit: FitResult;
  readonly engagement: EngagementResult;
  readonly score: number;
  readonly tier: Tier;
  readonly suppressed_by: string | null;
  readonly reasons: readonly string[];
  readonly icp_version: string;
}

/** Reasons per score: gate, disqualification, fit, missing data, engagement. */
export const MAX_LEAD_REASONS = 5;

const signed = (x: number) => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

function fitReason(fit: FitResult): string {
  const ranked = FIT_DIMENSIONS.map((d) => ({ d, ...fit.dimensions[d] })).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const worst = ranked.at(-1)!;
  return `fit ${fit.score.toFixed(2)} (${fit.grade}): best ${best.reason}; weakest ${worst.reason}`;
}

function engagementReason(e: EngagementResult): string {
  const top = e.top[0];
  if (!top) return `engagement ${e.score.toFixed(2)} (${e.grade}): no signal yet`;
  const what = top.label && top.label !== top.kind ? `${top.kind} ${top.label}` : top.kind;
  return `engagement ${e.score.toFixed(2)} (${e.grade}): ${what} ${Math.round(top.age_days)}d ago ${signed(top.contribution)}`;
}

/**
 * Scores a lead on two separate axes, fit (ICP) and engagement (decayed
 * outcomes), then combines them into a 0–100 score and an A1–C3 tier, with
 * at most five reasons: gates first, then fit, missing data, engagement.
 * Pure: the clock is `as_of`.
 *
 * @example
 * scoreLead({ lead: { industry: "Software", employee_count: 120, country: "DE", title: "VP Sales" }, events: [], as_of: "2026-11-24T10:00:00Z" })
 * // { score: 78, tier: "A2", fit: { grade: "A", … }, engagement: { score: 0, grade: 2, … }, … }
 */
export function scoreLead(request: LeadScoreRequest): LeadScore {
  const icp = request.icp ?? DEFAULT_ICP;
  const fit = fitScore(request.lead, icp);
  const engagement = engagementScore(request.events, request.as_of, request.half_life_days ?? DEFAULT_HALF_LIFE_DAYS);
  const suppressedBy = suppressionOf(request.events, request.as_of);
  const reasons = [
    ...(suppressedBy ? [`suppressed: ${suppressedBy}`] : []),
    ...(fit.disqualifiedBy ? [`disqualified: ${fit.disqualifiedBy} is excluded by the ICP`] : []),
    fitReason(fit),
    ...(fit.missing.length > 0 ? [`unknown, scored 0: ${fit.missing.join(", ")}`] : []),
    engagementReason(engagement),
  ];
  return {
    fit,
    engagement,
    score: combinedScore(fit.score, engagement.score),
    tier: leadTier(fit, engagement, suppressedBy),
    suppressed_by: suppressedBy,
    reasons: reasons.slice(0, MAX_LEAD_REASONS),
    icp_version: icp.version,
  };
}
