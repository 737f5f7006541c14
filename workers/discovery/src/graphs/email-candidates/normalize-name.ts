import anyAscii from "any-ascii";
import type { NameParts } from "./email-patterns.ts";

/**
 * One name as it appears in a localpart: transliterated to ASCII (accents
 * dropped, ß → ss, Ł → L, other scripts romanised), lowercased, and with
 * hyphens, apostrophes, spaces and dots removed, so multi-part names join up.
 *
 * @example
 * nameToken("José");           // "jose"
 * nameToken("Müller");         // "muller"
 * nameToken("O'Brien-Smith");  // "obriensmith"
 * nameToken("van der Berg");   // "vanderberg"
 */
export function nameToken(raw: string): string {
  return anyAscii(raw.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Normalised first/middle/last name parts, or null when the first or last
 * name leaves nothing usable (e.g. only punctuation). A middle name that
 * normalises to nothing is simply dropped.
 *
 * @example
 * normalizeName({ first_name: "José", last_name: "Müller" }); // { first: "jose", last: "muller" }
 * normalizeName({ first_name: "—", last_name: "Example" });   // null
 */
export function normalizeName(person: { first_name: string; last_name: string; middle_name?: string }): NameParts | null {
  const first = nameToken(person.first_name);
  const last = nameToken(person.last_name);
  if (!first || !last) return null;
  const middle = person.middle_name ? nameToken(person.middle_name) : "";
  return middle ? { first, last, middle } : { first, last };
}
