import { describe, expect, it } from "vitest";
import { safetyGate, type GateFacts, type GateVerdict } from "./safety-gate.ts";

const clear: GateFacts = { contactStatus: "active", dnc: null, country: "US", priorConsent: false };

interface Row {
  readonly name: string;
  readonly facts: Partial<GateFacts>;
  readonly verdict: GateVerdict;
}

describe("safetyGate", () => {
  it.each<Row>([
    { name: "all clear", facts: {}, verdict: { ok: true, flags: [] } },
    { name: "unsubscribed", facts: { contactStatus: "unsubscribed" }, verdict: { ok: false, reason: "contact_unsubscribed" } },
    { name: "bounced", facts: { contactStatus: "bounced" }, verdict: { ok: false, reason: "contact_bounced" } },
    // The contact's own status outranks the list: the reason names the stronger fact.
    { name: "unsubscribed and on the list", facts: { contactStatus: "unsubscribed", dnc: { kind: "address", value: "a@example.com" } }, verdict: { ok: false, reason: "contact_unsubscribed" } },
    { name: "DNC address", facts: { dnc: { kind: "address", value: "a@example.com" } }, verdict: { ok: false, reason: "do_not_contact:address" } },
    { name: "DNC domain", facts: { dnc: { kind: "domain", value: "example.com" } }, verdict: { ok: false, reason: "do_not_contact:domain" } },
    { name: "DNC pattern", facts: { dnc: { kind: "pattern", value: "*@*.gov" } }, verdict: { ok: false, reason: "do_not_contact:pattern" } },
    { name: "consent country without consent", facts: { country: "DE" }, verdict: { ok: false, reason: "country_requires_consent:DE" } },
    { name: "consent country with recorded consent", facts: { country: "DE", priorConsent: true }, verdict: { ok: true, flags: [] } },
    { name: "lower-case country code", facts: { country: "at" }, verdict: { ok: false, reason: "country_requires_consent:AT" } },
    // Unknown country: no rule applies; the enrichment graphs fill countries in.
    { name: "unknown country", facts: { country: null }, verdict: { ok: true, flags: [] } },
    { name: "DNC list not checkable", facts: { dnc: undefined }, verdict: { ok: true, flags: ["dnc_unchecked"] } },
  ])("$name", ({ facts, verdict }) => {
    expect(safetyGate({ ...clear, ...facts })).toEqual(verdict);
  });
});
