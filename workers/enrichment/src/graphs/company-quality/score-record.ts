import { ageDays } from "./age-days.ts";
import { COMPANY_FIELDS, FIELD_POLICIES, type CompanyField } from "./field-policies.ts";
import { isPresentValue } from "./field-presence.ts";
import { halfLifeDecay } from "./half-life-decay.ts";
import { qualityBand, type QualityBand } from "./quality-band.ts";

/** One observed fact: its value and when a source last confirmed it. */
export interface Observation {
  readonly value?: unknown;
  readonly observed_at: string;
}

export type RecordFields = Partial<Record<CompanyField, Observation | null>>;

export interface FieldScore {
  readonly present: boolean;
  readonly weight: number;
  readonly half_life_days: number;
  /** Null when the field is missing. */
  readonly age_days: number | null;
  readonly freshness: number | null;
}

export interface QualityScore {
  /** completeness × freshness, in [0, 1]; like every score here, rounded to 6 decimals. */
  readonly quality: number;
  /** Weight share of the fields that are present. */
  readonly completeness: number;
  /** Weighted mean freshness of the present fields; 0 when none is. */
  readonly freshness: number;
  readonly band: QualityBand;
  readonly missing: CompanyField[];
  /** Present fields older than their half-life (freshness below 0.5). */
  readonly stale_fields: CompanyField[];
  readonly field_scores: Record<CompanyField, FieldScore>;
}

/** A field at exactly one half-life (freshness 0.5) is not yet stale. */
const STALE_BELOW = 0.5;

/** Scores are reported to 6 decimals, so float noise (0.39999999999999997) cannot flip a band. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function scoreField(field: CompanyField, observation: Observation | null | undefined, asOf: string): FieldScore {
  const { weight, half_life_days } = FIELD_POLICIES[field];
  if (!observation || !isPresentValue(observation.value)) {
    return { present: false, weight, half_life_days, age_days: null, freshness: null };
  }
  const age = ageDays(observation.observed_at, asOf);
  return { present: true, weight, half_life_days, age_days: round6(age), freshness: round6(halfLifeDecay(age, half_life_days)) };
}

/**
 * Scores a company record as of a given instant (the clock is an argument,
 * never read, so a score is reproducible). Pure.
 *
 * @example
 * scoreRecord({ name: { value: "Acme", observed_at: "2026-01-01" } }, "2026-01-01");
 * // { quality: 0.2, completeness: 0.2, freshness: 1, band: "stale", missing: ["domain", …], stale_fields: [], field_scores: { … } }
 */
export function scoreRecord(fields: RecordFields, asOf: string): QualityScore {
  const scores = Object.fromEntries(COMPANY_FIELDS.map((f) => [f, scoreField(f, fields[f], asOf)])) as Record<CompanyField, FieldScore>;
  const present = COMPANY_FIELDS.filter((f) => scores[f].present);
  const totalWeight = COMPANY_FIELDS.reduce((sum, f) => sum + scores[f].weight, 0);
  const presentWeight = present.reduce((sum, f) => sum + scores[f].weight, 0);
  const freshWeight = present.reduce((sum, f) => sum + scores[f].weight * (scores[f].freshness ?? 0), 0);
  const completeness = presentWeight / totalWeight;
  const freshness = presentWeight > 0 ? freshWeight / presentWeight : 0;
  const quality = round6(completeness * freshness);
  return {
    quality,
    completeness: round6(completeness),
    freshness: round6(freshness),
    band: qualityBand(quality),
    missing: COMPANY_FIELDS.filter((f) => !scores[f].present),
    stale_fields: present.filter((f) => (scores[f].freshness ?? 0) < STALE_BELOW),
    field_scores: scores,
  };
}
