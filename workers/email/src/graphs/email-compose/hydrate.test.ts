import { describe, expect, it } from "vitest";
import type { EmailComposeInput } from "./compose-schemas.ts";
import type { ContactRecord } from "./contact-records.ts";
import { hydrateContext, type Hydrated, type LoadedRecords } from "./hydrate.ts";

const sender = { name: "Sam Seller", company: "Acme Example", postal_address: "1 Main St, Springfield, 12345" };
const inline: EmailComposeInput = {
  contact: { email: "ada@example.com", first_name: "Ada", country: "US" },
  company: { name: "Example Co", domain: "example.com" },
  sender,
};
const row: ContactRecord = {
  contact_id: "ct_1",
  company_id: "co_1",
  email: "bo@example.org",
  first_name: "Bo",
  last_name: null,
  title: null,
  country: null,
  status: "active",
  prior_consent_at: null,
  company_name: null,
  company_domain: "example.org",
  company_industry: "logistics",
  company_country: "DE",
};

interface Row {
  readonly name: string;
  readonly input: EmailComposeInput;
  readonly loaded: LoadedRecords;
  readonly expect: (h: Hydrated) => void;
}

const ok = (h: Hydrated) => {
  if (!h.ok) throw new Error(`expected a context, got ${h.reason}`);
  return h.ctx;
};

describe("hydrateContext", () => {
  it.each<Row>([
    { name: "inline records: a single first touch by default", input: inline, loaded: {}, expect: (h) => expect(ok(h)).toMatchObject({ outreach: { step: 0, max_touches: 1, contact: { first_name: "Ada" } }, country: "US", contactStatus: "active", humanReview: false }) },
    // The row is authoritative: the inline contact is ignored once the id named one.
    { name: "D1 row wins over the inline contact", input: { ...inline, contact_id: "ct_1" }, loaded: { contact: row }, expect: (h) => expect(ok(h).outreach.contact).toEqual({ email: "bo@example.org", first_name: "Bo" }) },
    { name: "a nameless company is greeted by its domain", input: { contact_id: "ct_1", sender }, loaded: { contact: row }, expect: (h) => expect(ok(h).outreach.company).toEqual({ name: "example.org", domain: "example.org", industry: "logistics" }) },
    { name: "company country when the contact has none", input: { contact_id: "ct_1", sender }, loaded: { contact: row }, expect: (h) => expect(ok(h)).toMatchObject({ country: "DE", companyId: "co_1", contactId: "ct_1" }) },
    { name: "the campaign's sender and length", input: { contact_id: "ct_1", campaign_id: "cmp_1", step: 2 }, loaded: { contact: row, campaign: { status: "paused", sender, maxTouches: 4 } }, expect: (h) => expect(ok(h)).toMatchObject({ outreach: { sender, step: 2, max_touches: 4 }, campaignStatus: "paused" }) },
    { name: "unknown contact id", input: { contact_id: "ct_x", sender }, loaded: { contact: null }, expect: (h) => expect(h).toEqual({ ok: false, reason: "contact_not_found" }) },
    { name: "no company", input: { ...inline, company: undefined }, loaded: {}, expect: (h) => expect(h).toEqual({ ok: false, reason: "company_unknown" }) },
    { name: "no sender", input: { ...inline, sender: undefined }, loaded: {}, expect: (h) => expect(h).toEqual({ ok: false, reason: "sender_unknown" }) },
    { name: "a D1 row the outreach contract refuses", input: { contact_id: "ct_1", sender }, loaded: { contact: { ...row, email: "not-an-address" } }, expect: (h) => expect(h.ok ? "" : h.reason).toMatch(/^records_invalid: contact\.email/) },
    { name: "status and review flags carried", input: { ...inline, contact: { ...inline.contact!, status: "bounced" }, human_review: true, prior_consent: true }, loaded: {}, expect: (h) => expect(ok(h)).toMatchObject({ contactStatus: "bounced", humanReview: true, priorConsent: true }) },
    { name: "no consent recorded or given", input: { contact_id: "ct_1", sender }, loaded: { contact: row }, expect: (h) => expect(ok(h).priorConsent).toBe(false) },
    { name: "consent recorded on the contact (enrollment)", input: { contact_id: "ct_1", sender }, loaded: { contact: { ...row, prior_consent_at: "2026-11-02T10:00:00.000Z" } }, expect: (h) => expect(ok(h).priorConsent).toBe(true) },
    { name: "an explicit false does not erase recorded consent", input: { contact_id: "ct_1", sender, prior_consent: false }, loaded: { contact: { ...row, prior_consent_at: "2026-11-02T10:00:00.000Z" } }, expect: (h) => expect(ok(h).priorConsent).toBe(true) },
  ])("$name", ({ input, loaded, expect: check }) => {
    check(hydrateContext(input, loaded));
  });
});
