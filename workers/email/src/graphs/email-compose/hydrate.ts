import type { CampaignSender } from "../../campaign/settings.ts";
import { EmailOutreachInputObject, type EmailOutreachInput } from "../email-outreach/outreach-schemas.ts";
import type { EmailComposeInput } from "./compose-schemas.ts";
import type { ContactRecord } from "./contact-records.ts";

/** What `hydrate` read from D1 for the ids in the input (absent = no id given). */
export interface LoadedRecords {
  /** null = `contact_id` names no contact. */
  readonly contact?: ContactRecord | null;
  readonly campaign?: { readonly status: "active" | "paused" | "stopped"; readonly sender: CampaignSender; readonly maxTouches: number };
}

/** Everything the later nodes act on. */
export interface ComposeContext {
  /** The email_outreach input (unrefined: `decide` checks the step against the sequence). */
  readonly outreach: EmailOutreachInput;
  readonly contactId: string | null;
  readonly companyId: string | null;
  readonly contactStatus: "active" | "bounced" | "unsubscribed";
  readonly country: string | null;
  readonly campaignStatus: "active" | "paused" | "stopped" | null;
  readonly humanReview: boolean;
  readonly priorConsent: boolean;
}

export type Hydrated = { readonly ok: true; readonly ctx: ComposeContext } | { readonly ok: false; readonly reason: string };

const some = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && v !== "";
const opt = <K extends string>(key: K, v: string | null | undefined) => (some(v) ? { [key]: v } : {}) as Partial<Record<K, string>>;

/** The inline records, or the D1 row's (authoritative when its id was given). */
function recordsOf(input: EmailComposeInput, loaded: LoadedRecords) {
  const row = loaded.contact;
  if (!row) return { contact: input.contact, company: input.company, companyId: null };
  const contact = { email: row.email, ...opt("first_name", row.first_name), ...opt("last_name", row.last_name), ...opt("title", row.title), ...opt("country", row.country), status: row.status };
  // A company row without a name is still a company: greet it by its domain.
  const company = some(row.company_domain)
    ? { name: row.company_name ?? row.company_domain, domain: row.company_domain, ...opt("industry", row.company_industry), ...opt("country", row.company_country) }
    : undefined;
  return { contact, company, companyId: row.company_id };
}

/**
 * Merges the input with what D1 returned into the context the graph acts
 * on, or the reason it cannot: a record an id names is authoritative (the
 * contact's status lives there); otherwise the inline object is used. Pure.
 *
 * @example
 * hydrateContext({ contact: { email: "ada@example.com", first_name: "Ada" }, company, sender }, {});
 * // { ok: true, ctx: { outreach: { contact: …, step: 0, max_touches: 1, … }, contactStatus: "active", … } }
 * hydrateContext({ contact_id: "ct_gone", sender }, { contact: null }); // { ok: false, reason: "contact_not_found" }
 */
export function hydrateContext(input: EmailComposeInput, loaded: LoadedRecords): Hydrated {
  if (loaded.contact === null) return { ok: false, reason: "contact_not_found" };
  const { contact, company, companyId } = recordsOf(input, loaded);
  if (!contact) return { ok: false, reason: "contact_unknown" };
  if (!company) return { ok: false, reason: "company_unknown" };
  const sender = loaded.campaign?.sender ?? input.sender;
  if (!sender) return { ok: false, reason: "sender_unknown" };
  const { country: contactCountry, status, ...outreachContact } = contact;
  const { country: companyCountry, ...outreachCompany } = company;
  const parsed = EmailOutreachInputObject.safeParse({
    contact: outreachContact,
    company: outreachCompany,
    sender,
    step: input.step ?? 0,
    max_touches: loaded.campaign?.maxTouches ?? input.max_touches ?? 1,
    ...(input.previous_subjects ? { previous_subjects: input.previous_subjects } : {}),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`);
    return { ok: false, reason: `records_invalid: ${issues.join("; ")}` };
  }
  return {
    ok: true,
    ctx: {
      outreach: parsed.data,
      contactId: input.contact_id ?? null,
      companyId: companyId ?? null,
      contactStatus: status ?? "active",
      country: contactCountry ?? companyCountry ?? null,
      campaignStatus: loaded.campaign?.status ?? null,
      humanReview: input.human_review ?? false,
      // Consent recorded on the contact (campaign enrollment) counts as the input flag does.
      priorConsent: input.prior_consent === true || some(loaded.contact?.prior_consent_at),
    },
  };
}
