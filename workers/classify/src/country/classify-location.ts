import { verdict, type CountryVerdict } from "./country-verdict.ts";
import { ISO_COUNTRY_NAMES } from "./iso-countries.ts";
import { flagEvidence, type PlaceEvidence } from "./place-evidence.ts";
import { readPart, type PartReading } from "./read-part.ts";
import { resolveCountry } from "./resolve-country.ts";
import { splitLocation } from "./split-location.ts";

export type { CountryVerdict } from "./country-verdict.ts";

const EMPTY_CONFIDENCE = 0.95;
const NOT_A_PLACE_CONFIDENCE = 0.9;
const UNKNOWN_PLACE_CONFIDENCE = 0.5;
const QUOTE_LENGTH = 40;

/**
 * Offline, deterministic location → ISO 3166-1 alpha-2 classifier. Splits the
 * string on commas (and "·", "|", " - "), reads each part as a country,
 * state / region or city, and lets the most specific evidence decide; see
 * `resolveCountry`. Work modes ("Remote"), world regions ("EMEA"), industry
 * names and empty strings give null with high confidence; names that stay
 * ambiguous or unknown give null with low confidence.
 *
 * @example
 * classifyLocation("Cambridge, MA (remote-friendly)")
 * // { country: "US", confidence: 0.86, reasons: ['US state "Massachusetts"', 'city "Cambridge"'] }
 * classifyLocation("Remote (global)")
 * // { country: null, confidence: 0.9, reasons: ['not a place: "Remote (global)"'] }
 */
export function classifyLocation(location: string): CountryVerdict {
  if (location.trim() === "") return verdict(null, EMPTY_CONFIDENCE, ["empty location"]);

  const { parts, asides, flags } = splitLocation(location);
  const readings: PartReading[] = [
    ...parts.map((part) => readPart(part, false)),
    ...asides.map((aside) => readPart(aside, true)),
  ];
  const evidence: PlaceEvidence[] = [
    ...flags.filter((code) => Object.hasOwn(ISO_COUNTRY_NAMES, code)).map((code) => flagEvidence(code, ISO_COUNTRY_NAMES[code] ?? code)),
    ...readings.flatMap((reading) => (reading.type === "place" ? reading.evidence : [])),
  ];
  if (evidence.length > 0) return resolveCountry(evidence);

  const quoted = `"${quote(location)}"`;
  return readings.every((reading) => reading.type === "non-place")
    ? verdict(null, NOT_A_PLACE_CONFIDENCE, [`not a place: ${quoted}`])
    : verdict(null, UNKNOWN_PLACE_CONFIDENCE, [`no known place in ${quoted}`]);
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat;
}
