import { normalizeName } from "../email-candidates/normalize-name.ts";
import { rankCandidates } from "../email-candidates/rank-candidates.ts";
import { isRoleLocalpart } from "../email-candidates/role-localparts.ts";
import type { Contact } from "./discovery-schemas.ts";
import type { AddressMatch, PatternEvidence } from "./infer-pattern.ts";
import type { MxLookup } from "./mx/mx-lookup.ts";
import type { SitePerson } from "./site-person.ts";

/** Inferred addresses kept per person: what a verifier would actually try. */
export const INFERRED_PER_PERSON = 3;

export interface AssembleInput {
  readonly people: readonly SitePerson[];
  readonly domain: string;
  readonly pattern: PatternEvidence | null;
  readonly matches: readonly AddressMatch[];
  readonly mx: MxLookup | null;
}

/**
 * Contacts with their addresses: those the site prints for the person
 * (their card, JSON-LD, or a site address matching their name), then — only
 * when none is at the company domain and DNS does not rule mail out —
 * up to three pattern-inferred candidates, with the site's own pattern
 * (when one was found) as the known pattern. Pure.
 *
 * @example
 * assembleContacts({ people: [ada], domain: "acme.io", pattern: null, matches: [], mx: null })[0]?.emails[0];
 * // { address: "ada.example@acme.io", source: "inferred", pattern: "first.last", confidence: 0.32, role: false }
 */
export function assembleContacts({ people, domain, pattern, matches, mx }: AssembleInput): Contact[] {
  return people.map((person) => {
    const matched = matches.filter((m) => m.person === person.name);
    const site = [...new Set([...person.emails, ...matched.map((m) => m.address)])].map((address) => ({
      address,
      source: "site" as const,
      pattern: matched.find((m) => m.address === address)?.pattern ?? null,
      confidence: 1,
      role: isRoleLocalpart(address.slice(0, address.indexOf("@"))),
    }));
    const hasWorkAddress = site.some((e) => e.address.endsWith(`@${domain}`));
    const parts = normalizeName({ first_name: person.first_name, last_name: person.last_name, ...(person.middle_name ? { middle_name: person.middle_name } : {}) });
    const inferred =
      hasWorkAddress || mx?.accepts_mail === false || !parts
        ? []
        : rankCandidates(parts, domain, pattern?.pattern)
            .slice(0, INFERRED_PER_PERSON)
            .map((c) => ({ address: c.address, source: "inferred" as const, pattern: c.pattern, confidence: c.confidence, role: c.role }));
    return { ...person, emails: [...site, ...inferred] };
  });
}
