import { defineContract } from "@agentic-sales/shared";
import { z } from "zod";
import { IcpConfig } from "../../scoring/icp-config.ts";
import { TIERS } from "../../scoring/lead-tier.ts";
import { MAX_LEAD_REASONS } from "../../scoring/score-lead.ts";
import { PROMPT_VERSION } from "../lead-score.prompt.ts";

const Timestamp = z.iso.datetime({ offset: true });
const Unit = z.number().min(0).max(1);
const Dimension = z.object({ score: Unit, reason: z.string() });

/** The lead's facts: what enrichment knows. Unknown = null or absent, and scores 0. */
const Lead = z.strictObject({
  industry: z.string().max(200).nullish(),
  employee_count: z.number().int().min(0).max(10_000_000).nullish(),
  country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case").nullish(),
  title: z.string().max(200).nullish(),
});

/** An outcome event. `kind` is free text on purpose: an unknown kind is no signal, not a caller error. */
const OutcomeEvent = z.strictObject({
  kind: z.string().min(1).max(40),
  label: z.string().max(40).nullish(),
  occurred_at: Timestamp,
});

/**
 * Wire contract of `lead_score`: a lead, its outcome events, an optional ICP
 * and the clock (`as_of`) in; the fit and engagement axes, a combined score,
 * a tier and reasons out.
 *
 * @example
 * contract.input.parse({ lead: { title: "VP Sales" }, events: [], as_of: "2026-11-24T10:00:00Z" })
 */
export const contract = defineContract({
  graph: "lead_score",
  version: "1.0.0",
  input: z.strictObject({
    lead: Lead,
    icp: IcpConfig.optional(),
    events: z.array(OutcomeEvent).max(1000),
    as_of: Timestamp,
    half_life_days: z.number().positive().max(365).optional(),
  }),
  output: z.object({
    fit: z.object({
      score: Unit,
      grade: z.enum(["A", "B", "C"]),
      dimensions: z.object({ industry: Dimension, size: Dimension, country: Dimension, persona: Dimension }),
      missing: z.array(z.string()),
      disqualified_by: z.string().nullable(),
    }),
    engagement: z.object({
      score: z.number().min(-1).max(1),
      grade: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      raw: z.number(),
      counted: z.number().int().min(0),
      ignored: z.number().int().min(0),
      top: z.array(z.object({ kind: z.string(), label: z.string().nullable(), age_days: z.number().min(0), contribution: z.number() })).max(3),
    }),
    score: z.number().int().min(0).max(100),
    tier: z.enum(TIERS),
    suppressed_by: z.string().nullable(),
    reasons: z.array(z.string()).min(1).max(MAX_LEAD_REASONS),
    icp_version: z.string().min(1),
    prompt_version: z.literal(PROMPT_VERSION),
  }),
});

export type LeadScoreInput = z.infer<typeof contract.input>;
export type LeadScoreOutput = z.infer<typeof contract.output>;
