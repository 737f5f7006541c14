import { z } from "zod";
import { PAGE_SKIP_REASONS } from "@agentic-sales/shared/web";
import { EXTRACTION_METHODS } from "./extract/raw-person.ts";

/** Hard ceiling on `max_pages` in the contract; the worker's `DISCOVERY_MAX_PAGES_CAP` may be lower. */
export const MAX_PAGES_LIMIT = 250;

/** An instant with a zone, or a calendar date (midnight UTC). */
export const AsOf = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const ContactDiscoveryInput = z.strictObject({
  /** A domain, hostname or URL; reduced to the registrable domain. */
  domain: z.string().trim().min(1).max(253),
  /** The run's clock: every sighting is stamped with it. Default: the worker's clock. */
  as_of: AsOf.optional(),
  max_pages: z.number().int().min(1).max(MAX_PAGES_LIMIT).optional(),
});
export type ContactDiscoveryInput = z.infer<typeof ContactDiscoveryInput>;

const Unit = z.number().min(0).max(1);

export const ContactEmail = z.object({
  address: z.string(),
  /** `site`: printed on the company's site for this person; `inferred`: name × pattern. */
  source: z.enum(["site", "inferred"]),
  pattern: z.string().nullable(),
  confidence: Unit,
  role: z.boolean(),
});

export const Provenance = z.object({ url: z.string(), method: z.enum(EXTRACTION_METHODS), observed_at: z.string() });

export const Contact = z.object({
  name: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  middle_name: z.string().nullable(),
  title: z.string().nullable(),
  emails: z.array(ContactEmail),
  sources: z.array(Provenance).min(1),
});
export type Contact = z.infer<typeof Contact>;

export const ObservedAddressSchema = z.object({
  address: z.string(),
  kind: z.enum(["person", "role", "other"]),
  person: z.string().nullable(),
  on_domain: z.boolean(),
  free_mail: z.boolean(),
  disposable: z.boolean(),
  source_url: z.string(),
});

export const MxSchema = z.object({
  status: z.enum(["mx", "implicit", "null_mx", "none", "nxdomain", "error"]),
  hosts: z.array(z.object({ preference: z.number(), host: z.string() })),
  accepts_mail: z.boolean().nullable(),
  detail: z.string().nullable(),
});

export const PageReportSchema = z.object({
  url: z.string(),
  final_url: z.string().nullable(),
  outcome: z.enum(["read", "skipped"]),
  reason: z.enum(PAGE_SKIP_REASONS).nullable(),
  detail: z.string().nullable(),
  http_status: z.number().nullable(),
  bytes: z.number().nullable(),
  encoding: z.string().nullable(),
  last_modified: z.string().nullable(),
});

export const ContactDiscoveryOutput = z.object({
  domain: z.string(),
  contacts: z.array(Contact),
  addresses: z.array(ObservedAddressSchema),
  email_pattern: z.object({ pattern: z.string(), evidence: z.array(z.string()) }).nullable(),
  mx: MxSchema.nullable(),
  domain_flags: z.object({ free_mail: z.boolean(), disposable: z.boolean() }),
  pages: z.array(PageReportSchema),
  robots: z.record(z.string(), z.string()),
  source_errors: z.array(z.object({ source: z.string(), message: z.string() })),
  /** Why nothing was discovered (see `screenDomain`); null when the sources ran. */
  skip_reason: z.string().nullable(),
  observed_at: z.string(),
  prompt_version: z.string(),
  provider: z.string(),
});
export type ContactDiscoveryOutput = z.infer<typeof ContactDiscoveryOutput>;
