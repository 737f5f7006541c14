import type { DncRule } from "../../campaign/dnc-match.ts";
import { countrySkip } from "../../campaign/country-rules.ts";

/** What the gate decides on, read beforehand by the node. */
export interface GateFacts {
  readonly contactStatus: "active" | "bounced" | "unsubscribed";
  /** The do-not-contact rule matching the address; null = none; undefined = the list could not be checked. */
  readonly dnc: DncRule | null | undefined;
  /** The contact's country, else the company's (ISO alpha-2), or null. */
  readonly country: string | null;
  readonly priorConsent: boolean;
}

export type GateVerdict = { readonly ok: true; readonly flags: readonly string[] } | { readonly ok: false; readonly reason: string };

/**
 * Whether anything may be composed for this contact at all. In order: the
 * contact's own status (an unsubscribe or bounce is final), the
 * do-not-contact list (address, domain or pattern), then the country's
 * consent rule. No DNC list to check (no store wired, e.g. a unit test) is
 * not a skip but a `dnc_unchecked` flag: compose never sends, and the send
 * path (the campaign's guard) checks the list again before anything leaves.
 *
 * @example
 * safetyGate({ contactStatus: "active", dnc: { kind: "domain", value: "example.com" }, country: null, priorConsent: false });
 * // { ok: false, reason: "do_not_contact:domain" }
 */
export function safetyGate(f: GateFacts): GateVerdict {
  if (f.contactStatus === "unsubscribed") return { ok: false, reason: "contact_unsubscribed" };
  if (f.contactStatus === "bounced") return { ok: false, reason: "contact_bounced" };
  if (f.dnc) return { ok: false, reason: `do_not_contact:${f.dnc.kind}` };
  const country = countrySkip(f.country, f.priorConsent);
  if (country) return { ok: false, reason: country };
  return { ok: true, flags: f.dnc === undefined ? ["dnc_unchecked"] : [] };
}
