import { z } from "zod";
import { DEPARTMENTS } from "./department.ts";
import { SENIORITY_LEVELS } from "./seniority.ts";

export const MAX_CONTACTS = 200;

export const Persona = z.strictObject({
  /** Departments whose people buy (or sign off on) what is being sold. */
  departments: z.array(z.enum(DEPARTMENTS)).max(DEPARTMENTS.length).default([]),
  /** Contacts below this level rank low: they rarely decide. */
  min_seniority: z.enum(SENIORITY_LEVELS).optional(),
  /** Words a matching title contains ("logistics", "Vertrieb"). */
  title_keywords: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  /** Free text about the buyer, for the model only (quoted as data). */
  description: z.string().max(1000).optional(),
});
export type Persona = z.infer<typeof Persona>;

/** A contact: the fields contact_discovery outputs are accepted as they are. */
export const ContactIn = z.strictObject({
  id: z.string().max(200).optional(),
  name: z.string().trim().min(1).max(200),
  title: z.string().max(300).nullable().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  middle_name: z.string().nullable().optional(),
  emails: z.array(z.unknown()).optional(),
  sources: z.array(z.unknown()).optional(),
});
export type ContactIn = z.infer<typeof ContactIn>;

export const FindDecisionMakerInput = z.strictObject({
  persona: Persona,
  contacts: z.array(ContactIn).max(MAX_CONTACTS),
  limit: z.number().int().min(1).max(50).default(5),
});
export type FindDecisionMakerInput = z.input<typeof FindDecisionMakerInput>;

export const RankedContact = z.object({
  /** Position in the input `contacts`. */
  index: z.number().int().min(0),
  name: z.string(),
  title: z.string().nullable(),
  score: z.number().min(0).max(1),
  seniority: z.enum(SENIORITY_LEVELS),
  departments: z.array(z.enum(DEPARTMENTS)),
  reasons: z.array(z.string().max(200)).min(1).max(6),
});
export type RankedContact = z.infer<typeof RankedContact>;

export const FindDecisionMakerOutput = z.object({
  ranked: z.array(RankedContact),
  /** The top contact when their score reaches DECISION_THRESHOLD, else null. */
  decision_maker: RankedContact.nullable(),
  skip_reason: z.string().nullable(),
  provider: z.string(),
  prompt_version: z.string(),
});
export type FindDecisionMakerOutput = z.infer<typeof FindDecisionMakerOutput>;
