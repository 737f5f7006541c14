import { normalizeOutcomeLabel } from "../../../../shared/src/outcomes/index.ts";
import { eventWeight } from "./engagement-weights.ts";

/** One outcome event as the scorer reads it. */
export interface OutcomeEvent {
  readonly kind: string;
  readonly label?: string | null;
  /** ISO 8601 timestamp. */
  readonly occurred_at: string;
}

/** Default half-life of engagement: a month-old reply counts half as much as today's. */
export const DEFAULT_HALF_LIFE_DAYS = 30;
/** Engagement grade thresholds on the -1..1 axis. */
export const ENGAGEMENT_GRADE_AT = { engaged: 0.25, negative: -0.25 } as const;
export type EngagementGrade = 1 | 2 | 3;

const DAY_MS = 86_400_000;
const TOP_CONTRIBUTIONS = 3;

export interface Contribution {
  readonly kind: string;
  readonly label: string | null;
  readonly age_days: number;
  /** weight × 0.5^(age / half-life). */
  readonly contribution: number;
}

export interface EngagementResult {
  /** -1..1: tanh of the decayed sum, so many events saturate instead of growing without bound. */
  readonly score: number;
  /** 1 engaged, 2 no clear signal, 3 negative. */
  readonly grade: EngagementGrade;
  readonly raw: number;
  readonly counted: number;
  /** Events with an unknown kind and label, or after `as_of`. */
  readonly ignored: number;
  /** The largest contributions by size, strongest first. */
  readonly top: readonly Contribution[];
}

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Grade of an engagement score.
 *
 * @example
 * engagementGrade(0.3) // 1
 */
export const engagementGrade = (score: number): EngagementGrade =>
  score >= ENGAGEMENT_GRADE_AT.engaged ? 1 : score <= ENGAGEMENT_GRADE_AT.negative ? 3 : 2;

/**
 * The engagement axis: outcome events weighted (`eventWeight`) and decayed
 * exponentially by their age at `asOf`. The clock is an input, so a score can
 * be recomputed as of any past day; events after `asOf` have not happened yet
 * at that clock and are ignored, as are unknown kinds (no signal).
 *
 * @example
 * engagementScore([{ kind: "replied", label: "interested", occurred_at: "2026-11-23T10:00:00Z" }], "2026-11-24T10:00:00Z")
 * // { score: 0.527, grade: 1, raw: 0.586, counted: 1, ignored: 0, top: [{ kind: "replied", label: "interested", age_days: 1, contribution: 0.586 }] }
 */
export function engagementScore(events: readonly OutcomeEvent[], asOf: string, halfLifeDays = DEFAULT_HALF_LIFE_DAYS): EngagementResult {
  if (!(halfLifeDays > 0)) throw new RangeError(`half_life_days must be positive, got ${halfLifeDays}.`);
  const now = Date.parse(asOf);
  if (Number.isNaN(now)) throw new RangeError(`as_of "${asOf.slice(0, 40)}" is not a timestamp.`);
  const contributions: Contribution[] = [];
  let ignored = 0;
  for (const e of events) {
    const at = Date.parse(e.occurred_at);
    const weight = eventWeight(e.kind, e.label);
    if (weight === null || Number.isNaN(at) || at > now) {
      ignored++;
      continue;
    }
    const ageDays = (now - at) / DAY_MS;
    contributions.push({
      kind: normalizeOutcomeLabel(e.kind) ?? e.kind,
      label: normalizeOutcomeLabel(e.label),
      age_days: round(ageDays, 1),
      contribution: weight * 0.5 ** (ageDays / halfLifeDays),
    });
  }
  const raw = contributions.reduce((sum, c) => sum + c.contribution, 0);
  const score = round(Math.tanh(raw));
  const top = [...contributions]
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.age_days - b.age_days)
    .slice(0, TOP_CONTRIBUTIONS)
    .map((c) => ({ ...c, contribution: round(c.contribution) }));
  return { score, grade: engagementGrade(score), raw: round(raw), counted: contributions.length, ignored, top };
}
