import { z } from "zod";
import { PageReportSchema } from "../../site/page-report-schema.ts";
import { CompanyQualityOutput } from "../company-quality/quality-schemas.ts";
import { INDUSTRIES } from "./extract/industry-rules.ts";

export const MAX_ENRICH_PAGES = 30;

export const CompanyEnrichInput = z.strictObject({
  /** A domain, hostname or URL; reduced to the registrable domain. */
  domain: z.string().trim().min(1).max(253),
  /** The run's clock: observations are dated with it (or with a page's Last-Modified). Default: the worker's clock. */
  as_of: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  max_pages: z.number().int().min(1).max(MAX_ENRICH_PAGES).optional(),
});
export type CompanyEnrichInput = z.infer<typeof CompanyEnrichInput>;

/** Where a field's value came from and when that source last changed. */
export const FieldSource = z.object({ url: z.string(), observed_at: z.string(), method: z.string() });

export const CompanyEnrichOutput = z.object({
  domain: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  /**
   * Free-text HQ location ("Hamburg, Germany"). Not classified here: the
   * caller runs country_classify on it (workers never call each other).
   */
  hq_location: z.string().nullable(),
  /** ISO 3166-1 alpha-2 code the site itself declares in JSON-LD, if any. */
  hq_country_declared: z.string().nullable(),
  industry: z.object({ label: z.enum(Object.keys(INDUSTRIES) as [keyof typeof INDUSTRIES]), confidence: z.number(), keywords: z.array(z.string()) }).nullable(),
  employee_count: z.object({ min: z.number(), max: z.number(), method: z.string() }).nullable(),
  tech_signals: z.array(z.object({ name: z.string(), category: z.string(), evidence: z.string(), source_url: z.string() })),
  languages: z.array(z.string()),
  /** Provenance per profile field. */
  sources: z.record(z.string(), FieldSource),
  quality: CompanyQualityOutput.omit({ prompt_version: true, provider: true, field_scores: true }),
  pages: z.array(PageReportSchema),
  robots: z.record(z.string(), z.string()),
  skip_reason: z.string().nullable(),
  observed_at: z.string(),
  prompt_version: z.string(),
  provider: z.string(),
});
export type CompanyEnrichOutput = z.infer<typeof CompanyEnrichOutput>;
