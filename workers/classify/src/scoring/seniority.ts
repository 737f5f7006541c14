import type { Seniority } from "./icp-config.ts";
import { matchKey } from "./match-key.ts";

// Checked in this order against a title's match key: "Vice President" must
// read as VP before "President" reads as C-level, and "Managing Director"
// (the German/UK chief executive) as C-level before "Director".
const LEVELS: readonly (readonly [Seniority, RegExp])[] = [
  ["vp", / (vp|svp|evp|avp|vice president|vizeprasident|vice presidente|vicepresidente) /],
  // An "owner" of a product or process is a role, not the owner of the company.
  ["manager", / (product owner|process owner|service owner) /],
  [
    "c_level",
    / (ceo|cto|cfo|coo|cro|cmo|cio|ciso|cpo|cco|chief|founder|co founder|cofounder|owner|president|managing director|managing partner|geschaftsfuhrer|geschaftsfuhrerin|grunder|grunderin|inhaber|inhaberin|vorstand|pdg|directeur general|directrice generale|fondateur|fondatrice|director general|directora general|fundador|fundadora|propietario) /,
  ],
  ["director", / (director|directora|directeur|directrice|head|leiter|leiterin|bereichsleiter|jefe|jefa|responsable) /],
  ["manager", / (manager|managerin|lead|team lead|teamleiter|teamleiterin|supervisor|gerente|coordinator|koordinator) /],
];

/**
 * The seniority a job title reads as, in English, German, French or Spanish;
 * "individual" when no level word is found.
 *
 * @example
 * seniorityOf("Vice President, Sales") // "vp"
 * seniorityOf("Geschäftsführer")        // "c_level"
 * seniorityOf("Head of Growth")         // "director"
 * seniorityOf("Account Executive")      // "individual"
 */
export function seniorityOf(title: string): Seniority {
  const key = matchKey(title);
  return LEVELS.find(([, pattern]) => pattern.test(key))?.[0] ?? "individual";
}
