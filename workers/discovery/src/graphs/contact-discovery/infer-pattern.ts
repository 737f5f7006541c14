import { EMAIL_PATTERNS, PATTERN_IDS, type PatternId } from "../email-candidates/email-patterns.ts";
import { normalizeName } from "../email-candidates/normalize-name.ts";
import { isRoleLocalpart } from "../email-candidates/role-localparts.ts";
import { nameSplits } from "./person-name.ts";
import type { SitePerson } from "./site-person.ts";

export interface PatternEvidence {
  readonly pattern: PatternId;
  /** Company addresses whose localpart this pattern renders from a listed person's name. */
  readonly evidence: string[];
}

/** Which person an observed address belongs to, by pattern. */
export interface AddressMatch {
  readonly address: string;
  readonly person: string;
  readonly pattern: PatternId;
}

/**
 * The company's address pattern, from real addresses on its own site (the
 * best evidence there is, sales.md §3c): every non-role address at the
 * domain is matched against every listed person's name under every pattern.
 * The pattern with the most matched addresses wins; ties go to the more
 * common pattern. Pure.
 *
 * @example
 * const ada = { name: "Ada Example", first_name: "Ada", last_name: "Example", … };
 * inferPattern([ada], ["ada.example@acme.io", "info@acme.io"], "acme.io").pattern;
 * // { pattern: "first.last", evidence: ["ada.example@acme.io"] }
 */
export function inferPattern(people: readonly SitePerson[], addresses: readonly string[], domain: string): { pattern: PatternEvidence | null; matches: AddressMatch[] } {
  const matches: AddressMatch[] = [];
  for (const address of new Set(addresses.map((a) => a.toLowerCase()))) {
    const at = address.lastIndexOf("@");
    const localpart = address.slice(0, at);
    const host = address.slice(at + 1);
    if (host !== domain && !host.endsWith(`.${domain}`)) continue;
    if (isRoleLocalpart(localpart)) continue;
    const match = matchAddress(localpart, people);
    if (match) matches.push({ address, ...match });
  }
  const votes = new Map<PatternId, string[]>();
  for (const m of matches) votes.set(m.pattern, [...(votes.get(m.pattern) ?? []), m.address]);
  const best = PATTERN_IDS.filter((id) => votes.has(id)).sort((a, b) => votes.get(b)!.length - votes.get(a)!.length)[0];
  return { pattern: best ? { pattern: best, evidence: votes.get(best)! } : null, matches };
}

/** The first (person, pattern) whose rendering equals the localpart, patterns in prior order. */
function matchAddress(localpart: string, people: readonly SitePerson[]): { person: string; pattern: PatternId } | null {
  for (const id of PATTERN_IDS) {
    for (const person of people) {
      for (const split of nameSplits(person.name)) {
        const parts = normalizeName(split);
        if (parts && EMAIL_PATTERNS[id].render(parts) === localpart) return { person: person.name, pattern: id };
      }
    }
  }
  return null;
}
