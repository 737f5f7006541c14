import { z } from "zod";

const Iso2 = z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case");
const Unit = z.number().min(0).max(1);

/** Seniority levels a title is read into, most senior first. */
export const SENIORITIES = ["c_level", "vp", "director", "manager", "individual"] as const;
export type Seniority = (typeof SENIORITIES)[number];

/**
 * The ideal customer profile the fit axis is scored against. Callers may send
 * their own (per campaign or tenant); `version` travels into the output so a
 * score can be traced to the profile it used.
 */
export const IcpConfig = z
  .strictObject({
    version: z.string().min(1).max(60),
    industries: z.array(z.string().min(1).max(100)).max(200),
    /** Anti-ICP hard gate: a match disqualifies whatever else fits. */
    excluded_industries: z.array(z.string().min(1).max(100)).max(200).default([]),
    size_bands: z
      .array(z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).nullable(), score: Unit }))
      .max(20)
      .refine((bands) => bands.every((b) => b.max === null || b.min <= b.max), "every size band needs min <= max"),
    countries: z.array(Iso2).max(250),
    excluded_countries: z.array(Iso2).max(250).default([]),
    /** Job-function words (any language) a title should contain: "sales", "vertrieb", "ventes". */
    functions: z.array(z.string().min(1).max(60)).max(100),
    seniority_scores: z.strictObject({ c_level: Unit, vp: Unit, director: Unit, manager: Unit, individual: Unit }),
    weights: z
      .strictObject({ industry: z.number().min(0), size: z.number().min(0), country: z.number().min(0), persona: z.number().min(0) })
      .refine((w) => w.industry + w.size + w.country + w.persona > 0, "at least one weight must be positive"),
  });
export type IcpConfig = z.infer<typeof IcpConfig>;

/**
 * The profile used when the input names none: B2B software companies of
 * 51–1000 people in North America, Western Europe and ANZ, sold to
 * revenue-side leaders. A starting point, meant to be replaced by one fitted
 * to closed-won data and reviewed quarterly.
 *
 * @example
 * fitScore({ industry: "Computer Software", employee_count: 120, country: "DE", title: "VP Sales" }, DEFAULT_ICP).grade // "A"
 */
export const DEFAULT_ICP: IcpConfig = IcpConfig.parse({
  version: "default-icp-v1",
  industries: ["software", "saas", "information technology", "internet", "fintech", "financial technology", "e-commerce", "marketing and advertising"],
  excluded_industries: ["gambling", "tobacco"],
  size_bands: [
    { min: 1, max: 10, score: 0.2 },
    { min: 11, max: 50, score: 0.6 },
    { min: 51, max: 200, score: 1 },
    { min: 201, max: 1000, score: 0.9 },
    { min: 1001, max: 5000, score: 0.5 },
    { min: 5001, max: null, score: 0.3 },
  ],
  countries: ["US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "NL", "BE", "LU", "SE", "DK", "NO", "FI", "ES", "PT", "IT", "AU", "NZ"],
  functions: ["sales", "revenue", "growth", "business development", "marketing", "partnerships", "go to market", "gtm", "commercial", "vertrieb", "ventes", "ventas", "comercial"],
  seniority_scores: { c_level: 1, vp: 0.9, director: 0.8, manager: 0.5, individual: 0.2 },
  weights: { industry: 0.3, size: 0.25, country: 0.15, persona: 0.3 },
});
