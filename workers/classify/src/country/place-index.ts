import { AMBIGUOUS_CITIES } from "./ambiguous-cities.ts";
import { CITIES_BY_COUNTRY } from "./cities.ts";
import { COUNTRY_ALIASES } from "./country-aliases.ts";
import { foldText, hasUnspacedScript } from "./fold-text.ts";
import { ISO_COUNTRY_NAMES } from "./iso-countries.ts";
import { SUBDIVISIONS } from "./subdivisions.ts";
import { US_REGIONS, US_STATES } from "./us-states.ts";

/** How specific a name is; decides its weight as evidence. */
export type PlaceKind = "country" | "country-code" | "region" | "city";

/** One reading of a name: "Georgia" has two (a country and a US state). */
export interface PlaceCandidate {
  readonly country: string;
  readonly kind: PlaceKind;
  /** Canonical name, for reasons. */
  readonly name: string;
  /** How reasons name the kind: "country", "US state", "city"… */
  readonly kindLabel: string;
  /** This reading wins ties against the name's other readings. */
  readonly dominant: boolean;
}

// Namibia's code; in location strings "NA" means North America or "not available".
const CODES_NOT_INDEXED = new Set(["NA"]);

function buildIndex(): Map<string, PlaceCandidate[]> {
  const index = new Map<string, PlaceCandidate[]>();
  const add = (spellings: readonly string[], candidate: PlaceCandidate): void => {
    for (const spelling of spellings) {
      const key = foldText(spelling);
      const list = index.get(key) ?? [];
      if (!list.some((c) => c.country === candidate.country && c.kind === candidate.kind)) list.push(candidate);
      index.set(key, list);
    }
  };
  const entry = (country: string, kind: PlaceKind, kindLabel: string, name: string, dominant = false): PlaceCandidate =>
    ({ country, kind, kindLabel, name, dominant });

  for (const [code, name] of Object.entries(ISO_COUNTRY_NAMES)) {
    add([name, ...(COUNTRY_ALIASES[code] ?? [])], entry(code, "country", "country", name));
    if (!CODES_NOT_INDEXED.has(code)) add([code], entry(code, "country-code", "country code", code));
  }
  for (const [code, names] of Object.entries(US_STATES)) {
    const name = names[0] ?? code;
    add(names, entry("US", "region", "US state", name));
    // "City, ST" is the US address convention, so the state reading of a code
    // that is also a country code ("CA", "DE") wins when nothing else decides.
    add([code], entry("US", "region", "US state", name, true));
  }
  for (const region of US_REGIONS) add([region], entry("US", "region", "US region", region));
  for (const group of SUBDIVISIONS) {
    for (const names of group.entries) add(names, entry(group.country, "region", group.kind, names[0] ?? ""));
  }
  for (const [country, cities] of Object.entries(CITIES_BY_COUNTRY)) {
    for (const city of cities) {
      const names = typeof city === "string" ? [city] : city;
      add(names, entry(country, "city", "city", names[0] ?? ""));
    }
  }
  for (const city of AMBIGUOUS_CITIES) {
    for (const country of city.countries) {
      add(city.names, entry(country, "city", "city", city.names[0] ?? "", country === city.dominant));
    }
  }
  return index;
}

const PLACE_INDEX: ReadonlyMap<string, readonly PlaceCandidate[]> = buildIndex();

/** Keys in CJK / Thai script, longest first, for substring search. */
const UNSPACED_KEYS: readonly string[] = [...PLACE_INDEX.keys()]
  .filter(hasUnspacedScript)
  .sort((a, b) => b.length - a.length);

/**
 * Every reading of a folded name; empty when the name is unknown.
 *
 * @example
 * lookupPlace("georgia").map((c) => c.country) // ["GE", "US"]
 */
export function lookupPlace(key: string): readonly PlaceCandidate[] {
  return PLACE_INDEX.get(key) ?? [];
}

/**
 * Known CJK / Thai names, longest first (those scripts do not separate words).
 *
 * @example
 * unspacedPlaceKeys().includes("東京") // true
 */
export function unspacedPlaceKeys(): readonly string[] {
  return UNSPACED_KEYS;
}

/**
 * All folded names in the index, for table tests.
 *
 * @example
 * placeKeys().includes("munchen") // true
 */
export function placeKeys(): readonly string[] {
  return [...PLACE_INDEX.keys()];
}
