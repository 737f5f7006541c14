import { z } from "zod";
import { PageReportSchema } from "../../site/page-report-schema.ts";
import { PROBLEM_IDS } from "./problem-lexicon.ts";

export const CompanyProblemsInput = z.strictObject({
  /** A domain, hostname or URL; reduced to the registrable domain. */
  domain: z.string().trim().min(1).max(253),
  max_pages: z.number().int().min(1).max(30).optional(),
  /** Problems returned at most. */
  limit: z.number().int().min(1).max(11).default(5),
});
export type CompanyProblemsInput = z.input<typeof CompanyProblemsInput>;

export const Problem = z.object({
  id: z.enum(PROBLEM_IDS),
  label: z.string(),
  confidence: z.number().min(0).max(1),
  /** Pointers to where the site says it: page URL and a text-fragment URL of the words; never copied page text. */
  evidence: z.array(z.object({ url: z.string(), fragment_url: z.string().nullable() })).min(1),
});
export type Problem = z.infer<typeof Problem>;

export const CompanyProblemsOutput = z.object({
  domain: z.string(),
  problems: z.array(Problem),
  pages: z.array(PageReportSchema),
  robots: z.record(z.string(), z.string()),
  skip_reason: z.string().nullable(),
  provider: z.string(),
  prompt_version: z.string(),
});
export type CompanyProblemsOutput = z.infer<typeof CompanyProblemsOutput>;
