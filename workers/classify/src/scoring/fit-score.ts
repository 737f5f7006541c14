import { countryFit, industryFit, personaFit, sizeFit, type DimensionScore, type LeadFacts } from "./fit-dimensions.ts";
import type { IcpConfig } from "./icp-config.ts";

/** The fit axis's dimensions, each scored 0..1 and weighted by the ICP. */
export const FIT_DIMENSIONS = ["industry", "size", "country", "persona"] as const;
export type FitDimension = (typeof FIT_DIMENSIONS)[number];

/** Fit grade thresholds: A from 0.7, B from 0.4, else C. */
export const FIT_GRADE_AT = { A: 0.7, B: 0.4 } as const;
export type FitGrade = "A" | "B" | "C";

export interface FitResult {
  /** 0..1, the weighted mean of the dimension scores (0 when disqualified). */
  readonly score: number;
  readonly grade: FitGrade;
  readonly dimensions: Readonly<Record<FitDimension, { readonly score: number; readonly reason: string }>>;
  /** Fields that were unknown and scored 0 (a flag for enrichment, not a verdict). */
  readonly missing: readonly string[];
  /** The anti-ICP exclusion that disqualified the lead, else null. */
  readonly disqualifiedBy: string | null;
}

const SCORERS: Readonly<Record<FitDimension, (lead: LeadFacts, icp: IcpConfig) => DimensionScore>> = {
  industry: industryFit,
  size: sizeFit,
  country: countryFit,
  persona: personaFit,
};

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Grade of a fit score.
 *
 * @example
 * fitGrade(0.7) // "A"
 */
export const fitGrade = (score: number): FitGrade => (score >= FIT_GRADE_AT.A ? "A" : score >= FIT_GRADE_AT.B ? "B" : "C");

/**
 * The fit axis: how well a lead matches the ICP, from firmographics and
 * persona only (never from engagement, so a silent good-fit lead stays a good
 * fit). Anti-ICP gates apply first and zero the score; unknown data scores 0
 * and is listed in `missing`.
 *
 * @example
 * fitScore({ industry: "Computer Software", employee_count: 120, country: "DE", title: "VP Sales" }, DEFAULT_ICP)
 * // { score: 0.97, grade: "A", missing: [], disqualifiedBy: null, dimensions: { … } }
 */
export function fitScore(lead: LeadFacts, icp: IcpConfig): FitResult {
  const scored = Object.fromEntries(FIT_DIMENSIONS.map((d) => [d, SCORERS[d](lead, icp)])) as Record<FitDimension, DimensionScore>;
  const disqualifiedBy = FIT_DIMENSIONS.map((d) => scored[d].excluded).find((e) => e !== null) ?? null;
  const totalWeight = FIT_DIMENSIONS.reduce((sum, d) => sum + icp.weights[d], 0);
  const weighted = FIT_DIMENSIONS.reduce((sum, d) => sum + icp.weights[d] * scored[d].score, 0) / totalWeight;
  const score = disqualifiedBy ? 0 : round(weighted);
  return {
    score,
    grade: fitGrade(score),
    dimensions: Object.fromEntries(FIT_DIMENSIONS.map((d) => [d, { score: round(scored[d].score), reason: scored[d].reason }])) as FitResult["dimensions"],
    missing: FIT_DIMENSIONS.filter((d) => scored[d].missing).map((d) => (d === "size" ? "employee_count" : d === "persona" ? "title" : d)),
    disqualifiedBy,
  };
}
