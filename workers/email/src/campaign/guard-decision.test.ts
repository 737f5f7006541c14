import { describe, expect, it } from "vitest";
import { guardDecision, type GuardDecision, type GuardFacts } from "./guard-decision.ts";
import { DEFAULT_SEND_WINDOW } from "./time/send-window.ts";

// Tuesday 2026-11-24 10:00 in New York: inside the default window.
const NOW = Date.parse("2026-11-24T15:00:00Z");
const base: GuardFacts = {
  now: NOW,
  signal: { kind: "none" },
  campaignStatus: "active",
  contactStatus: "active",
  dnc: null,
  country: "US",
  priorConsent: false,
  step: 1,
  maxTouches: 4,
  nextSendAt: NOW - 1,
  pausedUntil: null,
  recipientTimeZone: "America/New_York",
  mailboxTimeZone: "America/Los_Angeles",
  window: DEFAULT_SEND_WINDOW,
  sentToday: 3,
  dailyCap: 50,
};

interface Row {
  readonly name: string;
  readonly facts: Partial<GuardFacts>;
  readonly decision: GuardDecision;
}

const iso = (s: string) => Date.parse(s);

const CASES: Row[] = [
  { name: "all clear → send", facts: {}, decision: { action: "send" } },
  { name: "reply → stop", facts: { signal: { kind: "replied", label: "interested" } }, decision: { action: "stop", status: "stopped", reason: "replied" } },
  { name: "bounce → stop", facts: { signal: { kind: "bounced" } }, decision: { action: "stop", status: "stopped", reason: "bounced" } },
  { name: "unsubscribe → stop", facts: { signal: { kind: "unsubscribed" } }, decision: { action: "stop", status: "stopped", reason: "unsubscribed" } },
  // flagged by another campaign's thread
  { name: "contact bounced elsewhere → stop", facts: { contactStatus: "bounced" }, decision: { action: "stop", status: "stopped", reason: "bounced" } },
  { name: "contact unsubscribed → stop", facts: { contactStatus: "unsubscribed" }, decision: { action: "stop", status: "stopped", reason: "unsubscribed" } },
  {
    name: "do-not-contact pattern → stop",
    facts: { dnc: { kind: "pattern", value: "*@*.gov" } },
    decision: { action: "stop", status: "stopped", reason: "do_not_contact" },
  },
  { name: "campaign stopped → stop", facts: { campaignStatus: "stopped" }, decision: { action: "stop", status: "stopped", reason: "campaign_stopped" } },
  { name: "max touches → done", facts: { step: 4 }, decision: { action: "stop", status: "done", reason: "max_touches" } },
  { name: "campaign paused → pause, no wake", facts: { campaignStatus: "paused" }, decision: { action: "pause", reason: "campaign_paused" } },
  // a reply beats a paused campaign
  { name: "reply while paused → stop", facts: { campaignStatus: "paused", signal: { kind: "replied", label: null } }, decision: { action: "stop", status: "stopped", reason: "replied" } },
  {
    name: "out of office → wait for the return date's window",
    facts: { pausedUntil: iso("2026-12-01T05:00:00Z") },
    decision: { action: "wait", reason: "out_of_office", wake_at: iso("2026-12-01T14:00:00Z") },
  },
  { name: "out of office already over → send", facts: { pausedUntil: NOW - 1 }, decision: { action: "send" } },
  {
    name: "cadence not reached → wait, snapped into the window",
    facts: { nextSendAt: iso("2026-11-28T15:00:00Z") },
    decision: { action: "wait", reason: "cadence", wake_at: iso("2026-11-30T14:00:00Z") },
  },
  {
    name: "outside the window → wait for opening",
    facts: { now: iso("2026-11-24T12:00:00Z"), nextSendAt: null },
    decision: { action: "wait", reason: "send_window", wake_at: iso("2026-11-24T14:00:00Z") },
  },
  {
    name: "weekend → Monday",
    facts: { now: iso("2026-11-28T15:00:00Z") },
    decision: { action: "wait", reason: "send_window", wake_at: iso("2026-11-30T14:00:00Z") },
  },
  // cap per mailbox day (LA): next LA day starts 08:00Z, New York opens at 14:00Z
  {
    name: "daily cap → next day's window",
    facts: { sentToday: 50 },
    decision: { action: "wait", reason: "daily_cap", wake_at: iso("2026-11-25T14:00:00Z") },
  },
  {
    name: "daily cap on a Friday → Monday",
    facts: { now: iso("2026-11-27T15:00:00Z"), sentToday: 50 },
    decision: { action: "wait", reason: "daily_cap", wake_at: iso("2026-11-30T14:00:00Z") },
  },
];

const countryStop = (code: string): GuardDecision => ({ action: "stop", status: "stopped", reason: `country_requires_consent:${code}` });

// The country consent policy email_compose's safety_gate applies (campaign/country-rules.ts).
const COUNTRY_CASES: Row[] = [
  { name: "DE without consent → stop with the country's reason", facts: { country: "DE" }, decision: countryStop("DE") },
  { name: "DE with recorded consent → send", facts: { country: "DE", priorConsent: true }, decision: { action: "send" } },
  { name: "AT without consent → stop", facts: { country: "AT" }, decision: countryStop("AT") },
  { name: "CA without consent → stop", facts: { country: "CA" }, decision: countryStop("CA") },
  { name: "AU without consent → stop", facts: { country: "AU" }, decision: countryStop("AU") },
  { name: "lower-case code → stop, upper-cased reason", facts: { country: " de " }, decision: countryStop("DE") },
  { name: "US without consent → send (opt-out regime)", facts: { country: "US" }, decision: { action: "send" } },
  { name: "GB without consent → send (no rule row)", facts: { country: "GB" }, decision: { action: "send" } },
  // As compose: an unknown country applies no rule; enrichment fills countries in, and the guard reads them before every touch.
  { name: "unknown country → send", facts: { country: null }, decision: { action: "send" } },
  { name: "blank country → send", facts: { country: "" }, decision: { action: "send" } },
  // A stop, not a hold: a closed window, a cadence wait or a paused campaign must not defer it.
  { name: "DE without consent outside the window → stop, not wait", facts: { country: "DE", now: iso("2026-11-24T12:00:00Z"), nextSendAt: null }, decision: countryStop("DE") },
  { name: "DE without consent before the cadence → stop, not wait", facts: { country: "DE", nextSendAt: iso("2026-11-28T15:00:00Z") }, decision: countryStop("DE") },
  { name: "DE without consent, campaign paused → stop, not pause", facts: { country: "DE", campaignStatus: "paused" }, decision: countryStop("DE") },
  { name: "DE without consent, daily cap reached → stop", facts: { country: "DE", sentToday: 50 }, decision: countryStop("DE") },
  // The contact's own signals come first, as in compose's gate.
  { name: "DE without consent and a reply → replied", facts: { country: "DE", signal: { kind: "replied", label: null } }, decision: { action: "stop", status: "stopped", reason: "replied" } },
  { name: "DE without consent on the do-not-contact list → do_not_contact", facts: { country: "DE", dnc: { kind: "address", value: "a@b.de" } }, decision: { action: "stop", status: "stopped", reason: "do_not_contact" } },
  // Consent lifts only the country rule: holds still apply.
  { name: "DE with consent outside the window → wait", facts: { country: "DE", priorConsent: true, now: iso("2026-11-24T12:00:00Z"), nextSendAt: null }, decision: { action: "wait", reason: "send_window", wake_at: iso("2026-11-24T14:00:00Z") } },
];

describe("guardDecision", () => {
  it.each(CASES)("$name", ({ facts, decision }) => {
    expect(guardDecision({ ...base, ...facts })).toEqual(decision);
  });

  it.each(COUNTRY_CASES)("country consent: $name", ({ facts, decision }) => {
    expect(guardDecision({ ...base, ...facts })).toEqual(decision);
  });
});
