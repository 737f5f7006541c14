import { describe, expect, it } from "vitest";
import { safetyGate } from "../graphs/email-compose/safety-gate.ts";
import { COUNTRY_RULES, countrySkip, recipientCountry } from "./country-rules.ts";
import { guardDecision, type GuardFacts } from "./guard-decision.ts";
import { recipientCountry as contextCountry, threadContextOf, type ThreadContextRow } from "./thread-context.ts";
import { DEFAULT_SEND_WINDOW } from "./time/send-window.ts";

describe("country consent policy", () => {
  it("pins the prior-consent countries", () => {
    expect(Object.keys(COUNTRY_RULES).sort()).toEqual(["AT", "AU", "CA", "DE"]);
  });

  it.each([
    { contact: "US", company: "DE", country: "US" },
    { contact: null, company: "de", country: "DE" },
    { contact: " ", company: "AT", country: "AT" },
    { contact: undefined, company: null, country: null },
    { contact: "", company: "", country: null },
  ])("recipientCountry($contact, $company) → $country", ({ contact, company, country }) => {
    expect(recipientCountry(contact, company)).toBe(country);
  });

  it.each(["__proto__", "constructor", "toString"])("a non-row key %s applies no rule", (code) => {
    expect(countrySkip(code, false)).toBeNull();
  });

  // Compose's gate and the campaign guard agree on every (country, consent).
  const NOW = Date.parse("2026-11-24T15:00:00Z");
  const facts: GuardFacts = {
    now: NOW, signal: { kind: "none" }, campaignStatus: "active", contactStatus: "active", dnc: null, country: null, priorConsent: false,
    step: 1, maxTouches: 4, nextSendAt: null, pausedUntil: null, recipientTimeZone: "America/New_York", mailboxTimeZone: "UTC",
    window: DEFAULT_SEND_WINDOW, sentToday: 0, dailyCap: 50,
  };
  const countries = ["DE", "AT", "CA", "AU", "US", "GB", "FR", "de", null];
  it.each(countries.flatMap((country) => [false, true].map((priorConsent) => ({ country, priorConsent }))))(
    "compose and the guard agree: $country, consent $priorConsent",
    ({ country, priorConsent }) => {
      const gate = safetyGate({ contactStatus: "active", dnc: null, country, priorConsent });
      const guard = guardDecision({ ...facts, country, priorConsent });
      expect(guard.action === "send").toBe(gate.ok);
      if (!gate.ok && guard.action === "stop") expect(guard.reason).toBe(gate.reason);
    },
  );
});

describe("thread context: country and consent", () => {
  const row: ThreadContextRow = {
    campaign_status: "active",
    settings: JSON.stringify({ settings: {}, sender: { name: "Sam", company: "Acme", postal_address: "1 Main St" } }),
    mailbox_id: "mb_1", mailbox_address: "sam@acme.example", mailbox_name: null, daily_cap: 50, mailbox_timezone: "UTC",
    email: "ada@example.de", first_name: "Ada", last_name: null, title: null, contact_status: "active", contact_timezone: null,
    contact_country: null, prior_consent_at: null,
    company_name: "Example", company_domain: "example.de", company_industry: null, company_timezone: null, company_country: "DE",
  };

  it("reads the company's country when the contact has none, and no consent from a NULL record", () => {
    const ctx = threadContextOf(row);
    expect(contextCountry(ctx)).toBe("DE");
    expect(ctx.contact.priorConsent).toBe(false);
  });

  it("the contact's country wins; a consent timestamp means recorded", () => {
    const ctx = threadContextOf({ ...row, contact_country: "US", prior_consent_at: "2026-11-01T00:00:00.000Z" });
    expect(contextCountry(ctx)).toBe("US");
    expect(ctx.contact.priorConsent).toBe(true);
  });
});
