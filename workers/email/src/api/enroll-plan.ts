import { COUNTRY_RULES, countrySkip, recipientCountry, type CountrySkipReason } from "../campaign/country-rules.ts";
import type { DncRule } from "../campaign/dnc-match.ts";
import { campaignThreadId, campaignThreadKey, companyIdFor, contactIdFor } from "../campaign/thread-id.ts";
import type { EnrollContact } from "./api-schemas.ts";

/** A contact the request may not enroll, and why. */
export interface EnrollProblem {
  readonly index: number;
  readonly email: string;
  readonly reason: string;
}

/** A stored contact, with the domain of its own company (null when it has none). */
export interface StoredContact {
  readonly contact_id: string;
  readonly status: string;
  readonly country: string | null;
  readonly prior_consent_at: string | null;
  readonly company_domain: string | null;
}

/**
 * What is already stored for the request's addresses and domains: contacts by
 * address; companies by domain (the request's, and stored contacts' own).
 */
export interface ExistingRows {
  readonly contacts: ReadonlyMap<string, StoredContact>;
  readonly companies: ReadonlyMap<string, { readonly company_id: string; readonly country: string | null }>;
}

/** A contact the request leaves out (the others are enrolled), and why. */
export interface EnrollSkip {
  readonly index: number;
  readonly email: string;
  /** Stable code, the one the campaign guard stops a thread with, e.g. `country_requires_consent:DE`. */
  readonly reason: CountrySkipReason;
  readonly message: string;
}

const known = (country: string | null | undefined): string | null => (country?.trim() ? country.trim().toUpperCase() : null);

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

/**
 * Companies given two different countries in one request, at the later index.
 *
 * @example
 * companyCountryConflicts([{ …, company: { domain: "x.de", country: "DE" } }, { …, company: { domain: "x.de", country: "US" } }]);
 * // [{ index: 1, email: …, reason: 'company.country "US" differs from "DE" given for x.de at contacts[0]' }]
 */
export function companyCountryConflicts(contacts: readonly EnrollContact[]): EnrollProblem[] {
  const first = new Map<string, { index: number; country: string }>();
  return contacts.flatMap((c, index) => {
    const country = c.company.country;
    if (!country) return [];
    const seen = first.get(c.company.domain);
    if (!seen) return (first.set(c.company.domain, { index, country }), []);
    return seen.country === country ? [] : [{ index, email: c.email, reason: `company.country "${country}" differs from "${seen.country}" given for ${c.company.domain} at contacts[${seen.index}]` }];
  });
}

/**
 * Each domain's country once the request is written: the stored one, else
 * the one the request gives (a stored value is never overwritten).
 */
function companyCountries(contacts: readonly EnrollContact[], existing: ExistingRows): Map<string, string | null> {
  const countries = new Map<string, string | null>();
  for (const [domain, row] of existing.companies) countries.set(domain, known(row.country));
  for (const c of contacts) {
    if (!countries.get(c.company.domain)) countries.set(c.company.domain, known(c.company.country));
  }
  return countries;
}

/** The country and consent the campaign guard will read for this contact once the request is written. */
function consentFacts(c: EnrollContact, existing: ExistingRows, countries: ReadonlyMap<string, string | null>) {
  const stored = existing.contacts.get(c.email);
  // A stored contact keeps its own company; a new one joins the request's.
  const domain = stored ? stored.company_domain : c.company.domain;
  return {
    country: recipientCountry(known(stored?.country) ?? c.country, domain === null ? null : (countries.get(domain) ?? null)),
    priorConsent: (stored?.prior_consent_at ?? null) !== null || c.prior_consent !== undefined,
  };
}

/**
 * Contacts the country consent policy leaves out: the contact's country
 * (else its company's), as stored or given, needs a prior consent that is
 * neither recorded nor given (`countrySkip`, the rule email_compose and the
 * campaign guard apply). Pure; the guard checks again before every touch.
 *
 * @example
 * consentSkips([{ email: "a@x.de", company: { domain: "x.de", country: "DE" } }], none);
 * // [{ index: 0, email: "a@x.de", reason: "country_requires_consent:DE", message: "…" }]
 */
export function consentSkips(contacts: readonly EnrollContact[], existing: ExistingRows): EnrollSkip[] {
  const countries = companyCountries(contacts, existing);
  return contacts.flatMap((c, index) => {
    const { country, priorConsent } = consentFacts(c, existing, countries);
    const reason = countrySkip(country, priorConsent);
    if (!reason || !country) return [];
    const basis = COUNTRY_RULES[country]?.basis ?? "";
    const message = `Not enrolled: ${country} needs a recorded prior consent before cold email (${basis}); give contacts[${index}].prior_consent to enroll.`;
    return [{ index, email: c.email, reason, message }];
  });
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
  /** Fill-only writes: the country of an enrolled contact's company where it has none (new companies included). */
  readonly companyCountries: readonly { domain: string; country: string }[];
  /** Fill-only writes on any enrolled contact (stored or new): its country, its prior consent. */
  readonly contactFacts: readonly { email: string; country: string | null; consent: EnrollContact["prior_consent"] | null }[];
  readonly threads: readonly PlannedThread[];
}

/**
 * The rows an enrollment writes for the contacts it enrolls. Stored contacts
 * and companies keep their ids and values, except that a missing country is
 * filled and a prior consent recorded when none is; new ones get ids derived
 * from the address or domain, so concurrent enrollments agree. `all` is the
 * whole request: a domain's country is the first given for it there. Pure.
 *
 * @example
 * planEnrollment("cmp_1", contacts, { contacts: new Map(), companies: new Map() }).threads[0].threadId; // campaignThreadId("cmp_1", contactIdFor(email))
 */
export function planEnrollment(campaignId: string, contacts: readonly EnrollContact[], existing: ExistingRows, all: readonly EnrollContact[] = contacts): EnrollPlan {
  const countries = companyCountries(all, existing);
  const companies = new Map<string, EnrollPlan["companies"][number]>();
  const companyIdOf = (c: EnrollContact) => {
    const stored = existing.companies.get(c.company.domain);
    if (stored) return stored.company_id;
    if (!companies.has(c.company.domain)) {
      const { domain, name, timezone } = c.company;
      companies.set(domain, { companyId: companyIdFor(domain), domain, name: name ?? null, timezone: timezone ?? null });
    }
    return companies.get(c.company.domain)!.companyId;
  };
  // Each enrolled contact's company (a stored contact's own): its country where the row has none.
  const fills = new Map<string, string>();
  for (const c of contacts) {
    const domain = existing.contacts.has(c.email) ? existing.contacts.get(c.email)!.company_domain : c.company.domain;
    const country = domain === null ? null : countries.get(domain);
    if (domain !== null && country && !known(existing.companies.get(domain)?.country)) fills.set(domain, country);
  }
  const newContacts: EnrollPlan["contacts"][number][] = [];
  const threads = contacts.map((c) => {
    let contactId = existing.contacts.get(c.email)?.contact_id;
    if (!contactId) {
      contactId = contactIdFor(c.email);
      newContacts.push({ contactId, companyId: companyIdOf(c), c });
    }
    return { email: c.email, contactId, threadId: campaignThreadId(campaignId, contactId), key: campaignThreadKey(campaignId, contactId) };
  });
  const contactFacts = contacts.flatMap((c) => (c.country || c.prior_consent ? [{ email: c.email, country: c.country ?? null, consent: c.prior_consent ?? null }] : []));
  return {
    companies: [...companies.values()],
    contacts: newContacts,
    companyCountries: [...fills].map(([domain, country]) => ({ domain, country })),
    contactFacts,
    threads,
  };
}
