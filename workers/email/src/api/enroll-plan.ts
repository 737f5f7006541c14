import type { DncRule } from "../campaign/dnc-match.ts";
import { campaignThreadId, campaignThreadKey, companyIdFor, contactIdFor } from "../campaign/thread-id.ts";
import type { EnrollContact } from "./api-schemas.ts";

/** A contact the request may not enroll, and why. */
export interface EnrollProblem {
  readonly index: number;
  readonly email: string;
  readonly reason: string;
}

/** What is already stored for the request's addresses and domains. */
export interface ExistingRows {
  readonly contacts: ReadonlyMap<string, { contact_id: string; status: string }>;
  readonly companies: ReadonlyMap<string, string>;
}

/**
 * Contacts that must not be enrolled: on the do-not-contact list (address,
 * domain or pattern), or already known as bounced or unsubscribed.
 *
 * @example
 * suppressed(contacts, [null, { kind: "pattern", value: "*@*.gov" }], existing); // [{ index: 1, email: "a@x.gov", reason: "do-not-contact pattern *@*.gov" }]
 */
export function suppressed(contacts: readonly EnrollContact[], dnc: readonly (DncRule | null)[], existing: ExistingRows): EnrollProblem[] {
  return contacts.flatMap((c, index) => {
    const rule = dnc[index];
    if (rule) return [{ index, email: c.email, reason: `do-not-contact ${rule.kind} ${rule.value}` }];
    const status = existing.contacts.get(c.email)?.status;
    if (status && status !== "active") return [{ index, email: c.email, reason: `contact is ${status}` }];
    return [];
  });
}

/**
 * Addresses given more than once (after lower-casing), at their repeated index.
 *
 * @example
 * duplicates([a, b, a]); // [{ index: 2, email: a.email, reason: "listed twice" }]
 */
export function duplicates(contacts: readonly EnrollContact[]): EnrollProblem[] {
  const seen = new Set<string>();
  return contacts.flatMap((c, index) => (seen.has(c.email) ? [{ index, email: c.email, reason: "listed twice" }] : (seen.add(c.email), [])));
}

export interface PlannedThread {
  readonly email: string;
  readonly contactId: string;
  readonly threadId: string;
  /** Readable key `campaign-<campaign>-<contact>` (thread metadata). */
  readonly key: string;
}

export interface EnrollPlan {
  readonly companies: readonly { companyId: string; domain: string; name: string | null; timezone: string | null }[];
  readonly contacts: readonly { contactId: string; companyId: string; c: EnrollContact }[];
  readonly threads: readonly PlannedThread[];
}

/**
 * The rows an enrollment writes. Stored contacts and companies keep their ids
 * (and are not modified); new ones get ids derived from the address or
 * domain, so concurrent enrollments agree. Pure.
 *
 * @example
 * planEnrollment("cmp_1", contacts, { contacts: new Map(), companies: new Map() }).threads[0].threadId; // campaignThreadId("cmp_1", contactIdFor(email))
 */
export function planEnrollment(campaignId: string, contacts: readonly EnrollContact[], existing: ExistingRows): EnrollPlan {
  const companies = new Map<string, EnrollPlan["companies"][number]>();
  const companyIdOf = (c: EnrollContact) => {
    const known = existing.companies.get(c.company.domain);
    if (known) return known;
    if (!companies.has(c.company.domain)) {
      companies.set(c.company.domain, { companyId: companyIdFor(c.company.domain), domain: c.company.domain, name: c.company.name ?? null, timezone: c.company.timezone ?? null });
    }
    return companies.get(c.company.domain)!.companyId;
  };
  const newContacts: EnrollPlan["contacts"][number][] = [];
  const threads = contacts.map((c) => {
    let contactId = existing.contacts.get(c.email)?.contact_id;
    if (!contactId) {
      contactId = contactIdFor(c.email);
      newContacts.push({ contactId, companyId: companyIdOf(c), c });
    }
    return { email: c.email, contactId, threadId: campaignThreadId(campaignId, contactId), key: campaignThreadKey(campaignId, contactId) };
  });
  return { companies: [...companies.values()], contacts: newContacts, threads };
}
