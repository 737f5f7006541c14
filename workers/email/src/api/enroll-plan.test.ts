import { describe, expect, it } from "vitest";
import { EnrollContact } from "./api-schemas.ts";
import { companyCountryConflicts, consentSkips, planEnrollment, type ExistingRows, type StoredContact } from "./enroll-plan.ts";

const person = (n: number, o: Record<string, unknown> = {}, company: Record<string, unknown> = {}) =>
  EnrollContact.parse({ email: `p${n}@example${n}.com`, ...o, company: { domain: `example${n}.com`, ...company } });
const none: ExistingRows = { contacts: new Map(), companies: new Map() };
const stored = (email: string, c: Partial<StoredContact>, companies: [string, string | null][] = []): ExistingRows => ({
  contacts: new Map([[email, { contact_id: "ct_s", status: "active", country: null, prior_consent_at: null, company_domain: null, ...c }]]),
  companies: new Map(companies.map(([domain, country]) => [domain, { company_id: `co_${domain}`, country }])),
});
const CONSENT = { source: "opt-in form" };

describe("consentSkips", () => {
  it.each([
    { name: "DE contact without consent → skipped", contacts: [person(1, { country: "DE" })], existing: none, reasons: ["country_requires_consent:DE"] },
    { name: "DE contact with given consent → enrolled", contacts: [person(1, { country: "DE", prior_consent: CONSENT })], existing: none, reasons: [] },
    { name: "US contact → enrolled", contacts: [person(1, { country: "US" })], existing: none, reasons: [] },
    { name: "unknown country → enrolled (opt-out regime)", contacts: [person(1)], existing: none, reasons: [] },
    { name: "company's AT when the contact has none → skipped", contacts: [person(1, {}, { country: "AT" })], existing: none, reasons: ["country_requires_consent:AT"] },
    { name: "contact's US over the company's DE → enrolled", contacts: [person(1, { country: "US" }, { country: "DE" })], existing: none, reasons: [] },
    { name: "a stored company's CA applies to a new contact", contacts: [person(1)], existing: { contacts: new Map(), companies: new Map([["example1.com", { company_id: "co_1", country: "CA" }]]) }, reasons: ["country_requires_consent:CA"] },
    { name: "a stored company country is not overwritten by a given one", contacts: [person(1, {}, { country: "US" })], existing: { contacts: new Map(), companies: new Map([["example1.com", { company_id: "co_1", country: "AU" }]]) }, reasons: ["country_requires_consent:AU"] },
    { name: "a stored contact's DE beats a given US", contacts: [person(1, { country: "US" })], existing: stored("p1@example1.com", { country: "DE" }), reasons: ["country_requires_consent:DE"] },
    { name: "a stored contact's recorded consent counts", contacts: [person(1, { country: "DE" })], existing: stored("p1@example1.com", { prior_consent_at: "2026-01-01T00:00:00.000Z" }), reasons: [] },
    { name: "a stored contact keeps its own company's country", contacts: [person(1)], existing: stored("p1@example1.com", { company_domain: "other.de" }, [["other.de", "DE"]]), reasons: ["country_requires_consent:DE"] },
    { name: "a stored contact without a company: the given company does not apply", contacts: [person(1, {}, { country: "DE" })], existing: stored("p1@example1.com", {}), reasons: [] },
    { name: "the domain's country given by another contact of the request applies", contacts: [person(1, { prior_consent: CONSENT }, { domain: "x.de", country: "DE" }), person(2, {}, { domain: "x.de" })], existing: none, reasons: ["country_requires_consent:DE"] },
  ])("$name", ({ contacts, existing, reasons }) => {
    expect(consentSkips(contacts, existing).map((s) => s.reason)).toEqual(reasons);
  });
});

describe("companyCountryConflicts", () => {
  it("flags a domain given two countries, not the same one twice", () => {
    const a = person(1, {}, { domain: "x.de", country: "DE" });
    const b = person(2, {}, { domain: "x.de", country: "de" });
    const c = person(3, {}, { domain: "x.de", country: "US" });
    expect(companyCountryConflicts([a, b])).toEqual([]);
    expect(companyCountryConflicts([a, b, c])).toEqual([{ index: 2, email: "p3@example3.com", reason: 'company.country "US" differs from "DE" given for x.de at contacts[0]' }]);
  });
});

describe("planEnrollment: fill-only country and consent writes", () => {
  it("fills a new or stored company's missing country, never a stored one", () => {
    const existing: ExistingRows = { contacts: new Map(), companies: new Map([["a.com", { company_id: "co_a", country: null }], ["b.com", { company_id: "co_b", country: "US" }]]) };
    const plan = planEnrollment("cmp_1", [person(1, {}, { domain: "a.com", country: "DE" }), person(2, {}, { domain: "b.com", country: "DE" }), person(3, {}, { domain: "c.com", country: "AT" })], existing);
    expect(plan.companyCountries).toEqual([{ domain: "a.com", country: "DE" }, { domain: "c.com", country: "AT" }]);
  });

  it("carries each contact's given country and consent (the SQL fills only what is missing)", () => {
    const plan = planEnrollment("cmp_1", [person(1, { country: "DE", prior_consent: CONSENT }), person(2)], none);
    expect(plan.contactFacts).toEqual([{ email: "p1@example1.com", country: "DE", consent: CONSENT }]);
  });
});
