import type { IcpConfig } from "./icp-config.ts";
import { firstTermIn } from "./match-key.ts";
import { seniorityOf } from "./seniority.ts";

/** The firmographic and persona facts the fit axis reads; null or absent = unknown. */
export interface LeadFacts {
  readonly industry?: string | null;
  readonly employee_count?: number | null;
  readonly country?: string | null;
  readonly title?: string | null;
}

/** One dimension's score: 0..1, why, and whether the data was missing or is an anti-ICP match. */
export interface DimensionScore {
  readonly score: number;
  readonly reason: string;
  readonly missing: boolean;
  /** Set when the value hits an anti-ICP exclusion: the lead is disqualified. */
  readonly excluded: string | null;
}

/** A title whose function is not in the ICP still counts, at this share of its seniority. */
export const OFF_FUNCTION_FACTOR = 0.5;

const missing = (field: string): DimensionScore => ({ score: 0, reason: `${field} unknown`, missing: true, excluded: null });
const known = (score: number, reason: string, excluded: string | null = null): DimensionScore => ({ score, reason, missing: false, excluded });
const blank = (v: string | null | undefined): v is null | undefined => v === null || v === undefined || v.trim() === "";

/**
 * Industry: 1 on an ICP industry (whole words, any case: "Computer Software"
 * matches "software"), 0 otherwise; an excluded industry disqualifies.
 *
 * @example
 * industryFit({ industry: "Computer Software" }, DEFAULT_ICP) // { score: 1, reason: 'industry "software" in ICP', … }
 */
export function industryFit({ industry }: LeadFacts, icp: IcpConfig): DimensionScore {
  if (blank(industry)) return missing("industry");
  const excluded = firstTermIn(industry, icp.excluded_industries);
  if (excluded) return known(0, `industry "${excluded}" is excluded`, `industry "${excluded}"`);
  const term = firstTermIn(industry, icp.industries);
  return term ? known(1, `industry "${term}" in ICP`) : known(0, "industry outside ICP");
}

/**
 * Size: the score of the first band holding the employee count (max null =
 * no upper bound), 0 outside every band.
 *
 * @example
 * sizeFit({ employee_count: 120 }, DEFAULT_ICP) // { score: 1, reason: "120 employees in band 51–200", … }
 */
export function sizeFit({ employee_count: n }: LeadFacts, icp: IcpConfig): DimensionScore {
  if (n === null || n === undefined) return missing("employee_count");
  const band = icp.size_bands.find((b) => n >= b.min && (b.max === null || n <= b.max));
  if (!band) return known(0, `${n} employees outside every size band`);
  return known(band.score, `${n} employees in band ${band.min}–${band.max ?? "∞"}`);
}

/**
 * Country: 1 in an ICP country, 0 elsewhere; an excluded country disqualifies.
 *
 * @example
 * countryFit({ country: "DE" }, DEFAULT_ICP) // { score: 1, reason: "country DE in ICP", … }
 */
export function countryFit({ country }: LeadFacts, icp: IcpConfig): DimensionScore {
  if (blank(country)) return missing("country");
  if (icp.excluded_countries.includes(country)) return known(0, `country ${country} is excluded`, `country ${country}`);
  return icp.countries.includes(country) ? known(1, `country ${country} in ICP`) : known(0, `country ${country} outside ICP`);
}

/**
 * Persona: the ICP's score for the title's seniority, halved when the title
 * names none of the ICP's functions. C-level titles keep the full score: at
 * the top the function does not decide who buys.
 *
 * @example
 * personaFit({ title: "VP Sales" }, DEFAULT_ICP)        // { score: 0.9, reason: 'vp, function "sales"', … }
 * personaFit({ title: "VP Engineering" }, DEFAULT_ICP)  // { score: 0.45, reason: "vp, function outside ICP", … }
 */
export function personaFit({ title }: LeadFacts, icp: IcpConfig): DimensionScore {
  if (blank(title)) return missing("title");
  const seniority = seniorityOf(title);
  const base = icp.seniority_scores[seniority];
  if (seniority === "c_level") return known(base, "c_level");
  const fn = firstTermIn(title, icp.functions);
  return fn ? known(base, `${seniority}, function "${fn}"`) : known(base * OFF_FUNCTION_FACTOR, `${seniority}, function outside ICP`);
}
