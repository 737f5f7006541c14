import { companyDomain } from "../email-candidates/company-domain.ts";
import { domainFlags } from "../email-candidates/domain-flags.ts";
import { isRoleLocalpart } from "../email-candidates/role-localparts.ts";
import type { AddressMatch } from "./infer-pattern.ts";

/** An address printed on the company's site, with what it is and where it was. */
export interface ObservedAddress {
  readonly address: string;
  /** `person`: matches a listed person's name; `role`: a shared inbox (info@, sales@); `other`: neither. */
  readonly kind: "person" | "role" | "other";
  readonly person: string | null;
  /** At the company's registrable domain. */
  readonly on_domain: boolean;
  readonly free_mail: boolean;
  readonly disposable: boolean;
  readonly source_url: string;
}

const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Classifies every distinct address seen on the site (first sighting's page
 * wins), flagging role inboxes, free-mail and disposable providers and
 * whether it is at the company's own domain. Pure.
 *
 * @example
 * observedAddresses([{ url: "https://acme.io/contact", mailto: ["info@acme.io"] }], [], "acme.io");
 * // [{ address: "info@acme.io", kind: "role", person: null, on_domain: true, free_mail: false, disposable: false, source_url: "https://acme.io/contact" }]
 */
export function observedAddresses(
  pages: readonly { readonly url: string; readonly mailto: readonly string[] }[],
  matches: readonly AddressMatch[],
  domain: string,
): ObservedAddress[] {
  const seen = new Map<string, ObservedAddress>();
  for (const page of pages) {
    for (const raw of page.mailto) {
      const address = raw.trim().toLowerCase();
      if (!ADDRESS.test(address) || seen.has(address)) continue;
      const at = address.lastIndexOf("@");
      const host = companyDomain(address.slice(at + 1));
      const registrable = host.ok ? host.domain : address.slice(at + 1);
      const flags = domainFlags(registrable);
      const person = matches.find((m) => m.address === address)?.person ?? null;
      const kind = person ? "person" : isRoleLocalpart(address.slice(0, at)) ? "role" : "other";
      seen.set(address, { address, kind, person, on_domain: registrable === domain, ...flags, source_url: page.url });
    }
  }
  return [...seen.values()];
}
