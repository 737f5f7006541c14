/** The company fields the quality score knows, in report order. */
export const COMPANY_FIELDS = [
  "name",
  "domain",
  "hq_location",
  "industry",
  "employee_count",
  "description",
  "tech_signals",
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export interface FieldPolicy {
  /** Days after which an observation is worth half as much: how fast the fact changes in the world. */
  readonly half_life_days: number;
  /** Share of the record's value this field carries; the weights sum to 1. */
  readonly weight: number;
}

/**
 * Per-field half-lives and weights. Names and domains rarely change; headcount
 * and tech stack drift within months. Identity fields weigh most because a
 * record without them cannot be matched at all.
 *
 * @example
 * FIELD_POLICIES.tech_signals.half_life_days; // 90
 */
export const FIELD_POLICIES: Readonly<Record<CompanyField, FieldPolicy>> = {
  name: { half_life_days: 3650, weight: 0.2 },
  domain: { half_life_days: 3650, weight: 0.2 },
  hq_location: { half_life_days: 730, weight: 0.1 },
  industry: { half_life_days: 730, weight: 0.15 },
  employee_count: { half_life_days: 180, weight: 0.15 },
  description: { half_life_days: 365, weight: 0.1 },
  tech_signals: { half_life_days: 90, weight: 0.1 },
};
