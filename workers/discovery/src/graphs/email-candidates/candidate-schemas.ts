import { z } from "zod";
import { PATTERN_IDS } from "./email-patterns.ts";

const NamePart = z.string().trim().min(1).max(100);

export const EmailCandidatesInput = z.strictObject({
  person: z.strictObject({ first_name: NamePart, last_name: NamePart, middle_name: NamePart.optional() }),
  /** A domain, hostname or URL; reduced to its registrable domain. */
  domain: z.string().trim().min(1).max(253),
  /** A pattern already seen in use at this company. */
  known_pattern: z.enum(PATTERN_IDS).optional(),
});
export type EmailCandidatesInput = z.infer<typeof EmailCandidatesInput>;

/**
 * Why no candidates were generated. Stable codes, documented here:
 * - `invalid_domain`: no ICANN public suffix, or not a hostname at all
 * - `ip_address`: an IP literal, not a domain
 * - `free_mail_domain` / `disposable_domain`: the person's work address cannot be inferred from it
 * - `unusable_name`: a name part normalises to nothing
 */
export const SKIP_REASONS = ["invalid_domain", "ip_address", "free_mail_domain", "disposable_domain", "unusable_name"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const Candidate = z.object({
  address: z.email(),
  pattern: z.string(),
  confidence: z.number().min(0).max(1),
  role: z.boolean(),
});

export const EmailCandidatesOutput = z.object({
  /** The registrable domain, or the trimmed input when it was not a valid domain. */
  domain: z.string(),
  candidates: z.array(Candidate),
  flags: z.object({ free_mail: z.boolean(), disposable: z.boolean() }),
  skip_reason: z.string().nullable(),
  prompt_version: z.string(),
  provider: z.string(),
});
export type EmailCandidatesOutput = z.infer<typeof EmailCandidatesOutput>;
