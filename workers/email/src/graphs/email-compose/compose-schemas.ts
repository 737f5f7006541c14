import { z } from "zod";
import { CampaignSender } from "../../campaign/settings.ts";
import { OutreachCompany, OutreachContact, TouchCta } from "../email-outreach/outreach-schemas.ts";
import { MemoryFacts } from "../memory-reflect/memory-item.ts";

const Id = z.string().trim().min(1).max(200);
/** ISO 3166-1 alpha-2, upper-cased. */
const Country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");

/** The contact as the caller knows it: the outreach fields, plus what the safety gate reads. */
export const ComposeContact = OutreachContact.extend({
  country: Country.optional(),
  status: z.enum(["active", "bounced", "unsubscribed"]).optional(),
});
export const ComposeCompany = OutreachCompany.extend({ country: Country.optional() });

/**
 * The input's fields (unrefined, so LangGraph can extend them into channels).
 * A record comes from D1 when its id is given (authoritative: statuses live
 * there), else from the inline object.
 */
export const EmailComposeInputObject = z.strictObject({
  contact_id: Id.optional(),
  /** With `contact_id`: the campaign's sender, sequence length and status. */
  campaign_id: Id.optional(),
  contact: ComposeContact.optional(),
  company: ComposeCompany.optional(),
  sender: CampaignSender.optional(),
  /** 0-based touch index; default 0. */
  step: z.int().min(0).max(9).optional(),
  /** Default: the campaign's, else 1 (a single first touch). */
  max_touches: z.int().min(1).max(10).optional(),
  previous_subjects: z.array(z.string().max(998)).max(10).optional(),
  /** True when a person reviews the draft before it is sent: admits `inbound_unverified` memory. Default false. */
  human_review: z.boolean().optional(),
  /** The contact gave recorded prior consent (opt-in); needed where `COUNTRY_RULES` say so. Default false. */
  prior_consent: z.boolean().optional(),
  /** Facts the caller holds, newest first; the store's follow. */
  memory: MemoryFacts.optional(),
});

/** The input contract: someone to write to, and someone to write as. */
export const EmailComposeInput = EmailComposeInputObject.refine((i) => i.contact !== undefined || i.contact_id !== undefined, {
  message: "give contact_id or an inline contact",
  path: ["contact"],
})
  .refine((i) => i.sender !== undefined || i.campaign_id !== undefined, { message: "give campaign_id or an inline sender", path: ["sender"] })
  .refine((i) => i.campaign_id === undefined || i.contact_id !== undefined, { message: "campaign_id needs contact_id", path: ["contact_id"] });
export type EmailComposeInput = z.infer<typeof EmailComposeInputObject>;

/** The touch as the caller gets it. */
export const ComposedDraft = z.object({ subject: z.string(), body: z.string(), cta: TouchCta });

export const EmailComposeOutput = z.object({
  action: z.enum(["compose", "skip"]),
  /** Why nothing was composed (a stable code, sometimes with `: detail`), else null. */
  skip_reason: z.string().nullable(),
  draft: ComposedDraft.optional(),
  /** Policy facts of the draft (email_outreach's flags, plus `dnc_unchecked` / `memory_unavailable`). */
  flags: z.array(z.string()),
  confidence: z.number().min(0).max(1).nullable(),
  /** Whether the refine pass's revision was kept. */
  refined: z.boolean(),
  /** Why the draft was kept unrefined (a gateway refusal, the ceiling, no acceptable revision), else null. */
  refine_fallback_reason: z.string().nullable(),
  /** How many memory facts the refine prompt quoted (0 when no refine prompt was sent). */
  memory_used: z.int().min(0),
  prompt_version: z.string(),
  /** email_outreach's prompt version of the first draft (the subgraph pins its own), null when skipped. */
  draft_prompt_version: z.string().nullable(),
  /** The provider of the final text; "template" for a fallback draft, "none" when skipped. */
  provider: z.string(),
});
export type EmailComposeOutput = z.infer<typeof EmailComposeOutput>;
