import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { CompanyEnrichInput, CompanyEnrichOutput } from "../../workers/enrichment/src/graphs/company-enrich/enrich-schemas.ts";

/** What the fixture site says about the company. Null fields must come back null. */
export interface EnrichReference {
  readonly name: string | null;
  /** The city the HQ string must name (country_classify turns the string into a code downstream). */
  readonly hq_city: string | null;
  readonly industry: string | null;
  /** Acceptable headcount range; the output range must overlap it. */
  readonly employees: readonly [number, number] | null;
  /** Technologies that must be detected. */
  readonly tech: readonly string[];
  readonly min_completeness: number;
  readonly skip_reason: string | null;
}

export type EnrichEvaluator = Evaluator<CompanyEnrichOutput, CompanyEnrichInput, EnrichReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });

/**
 * The company name is the site's (case-insensitive), or null when the reference says none is knowable.
 *
 * @example
 * name({ output: { name: "Acme" } }, { reference: { name: "Other GmbH" } }).score; // 0
 */
export const name: EnrichEvaluator = ({ output }, { reference }) =>
  result("name", reference.name === null ? output.name === null : output.name?.toLowerCase() === reference.name.toLowerCase(), `${output.name} vs ${reference.name}`);

/**
 * The HQ string names the expected city.
 *
 * @example
 * hqCity({ output: { hq_location: "Berlin, Germany" } }, { reference: { hq_city: "Hamburg" } }).score; // 0
 */
export const hqCity: EnrichEvaluator = ({ output }, { reference }) =>
  result("hq_city", reference.hq_city === null ? output.hq_location === null : !!output.hq_location?.includes(reference.hq_city), `${output.hq_location} vs ${reference.hq_city}`);

/**
 * Industry label as expected.
 *
 * @example
 * industry({ output: { industry: { label: "software" } } }, { reference: { industry: "energy" } }).score; // 0
 */
export const industry: EnrichEvaluator = ({ output }, { reference }) =>
  result("industry", (output.industry?.label ?? null) === reference.industry, `${output.industry?.label ?? null} vs ${reference.industry}`);

/**
 * Headcount range overlaps the reference range.
 *
 * @example
 * employees({ output: { employee_count: { min: 5, max: 5 } } }, { reference: { employees: [50, 200] } }).score; // 0
 */
export const employees: EnrichEvaluator = ({ output }, { reference }) => {
  const got = output.employee_count;
  if (reference.employees === null) return result("employees", got === null, `${JSON.stringify(got)} vs none`);
  const [min, max] = reference.employees;
  return result("employees", !!got && got.min <= max && got.max >= min, `${got ? `${got.min}–${got.max}` : null} vs ${min}–${max}`);
};

/**
 * Share of the expected technologies detected.
 *
 * @example
 * techRecall({ output: { tech_signals: [] } }, { reference: { tech: ["Shopify"] } }).score; // 0
 */
export const techRecall: EnrichEvaluator = ({ output }, { reference }) => {
  const found = new Set(output.tech_signals.map((t) => t.name));
  const missing = reference.tech.filter((t) => !found.has(t));
  return { key: "tech_recall", score: reference.tech.length ? (reference.tech.length - missing.length) / reference.tech.length : 1, reason: missing.length ? `missing ${missing.join(", ")}` : "all found" };
};

/**
 * The composite score is internally consistent (quality = completeness × freshness, band by thresholds) and complete enough.
 *
 * @example
 * quality({ output: { quality: { quality: 0.9, completeness: 0.5, freshness: 1, band: "stable" } } }, example).score; // 0
 */
export const quality: EnrichEvaluator = ({ output }, { reference }) => {
  const q = output.quality;
  const product = Math.abs(q.quality - Math.round(q.completeness * q.freshness * 1e6) / 1e6) < 1e-5;
  const band = q.band === (q.quality >= 0.7 ? "stable" : q.quality >= 0.4 ? "investigate" : "stale");
  return result("quality", product && band && q.completeness >= reference.min_completeness, `quality ${q.quality} = ${q.completeness} × ${q.freshness} (${q.band}); need completeness ≥ ${reference.min_completeness}`);
};

/**
 * Every field's provenance points at a page of the company's own site; the run says what skipped it.
 *
 * @example
 * provenance({ output: { domain: "acme.io", sources: { name: { url: "https://elsewhere.com/" } } } }, example).score; // 0
 */
export const provenance: EnrichEvaluator = ({ output }, { reference }) => {
  const foreign = Object.entries(output.sources).filter(([, s]) => !new URL(s.url).hostname.endsWith(output.domain));
  const ok = foreign.length === 0 && output.skip_reason === reference.skip_reason && /^company-enrich-v\d+$/.test(output.prompt_version);
  return result("provenance", ok, foreign.length ? `${foreign[0]![0]} from ${foreign[0]![1].url}` : `skip=${output.skip_reason} ${output.prompt_version}`);
};

/** Every deterministic evaluator for company_enrich, in report order. */
export const evaluators: readonly EnrichEvaluator[] = [name, hqCity, industry, employees, techRecall, quality, provenance];
