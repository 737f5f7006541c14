import { foldText, hasUnspacedScript } from "./fold-text.ts";
import { NON_PLACE_PHRASES, NON_PLACE_WORDS } from "./non-place-terms.ts";
import { PARTIAL_MATCH_STOPWORDS } from "./partial-match-stopwords.ts";
import { toEvidence, type PlaceEvidence } from "./place-evidence.ts";
import { lookupPlace, unspacedPlaceKeys, type PlaceCandidate } from "./place-index.ts";

/** What one comma-separated part of a location string turned out to be. */
export type PartReading =
  | { readonly type: "place"; readonly evidence: readonly PlaceEvidence[] }
  | { readonly type: "non-place" }
  | { readonly type: "unknown" };

// "Greater Boston Area", "Co. Cork", "Munich Metropolitan Region" name the same place as the bare name.
const AFFIXES = [
  /^(greater|metro|county|co|city of|downtown|central) /,
  / (metropolitan area|metropolitan region|metro area|bay area|area|region|county|metro)$/,
];
const LONGEST_NAME_IN_WORDS = 5;
const SHORTEST_PARTIAL_NAME = 3;

/**
 * Reads one part: the whole part as a known name first (also without
 * affixes like "Greater … Area"), then as a non-place (work mode, world
 * region, industry), then known names inside it.
 *
 * @example
 * readPart("Greater Munich Metropolitan Area", false).type // "place"
 * readPart("Software Development", false).type           // "non-place"
 */
export function readPart(part: string, aside: boolean): PartReading {
  // Tokens with digits are postal codes or street numbers ("NY 10001", "75008 Paris").
  const key = foldText(part).split(" ").filter((token) => !/\d/.test(token)).join(" ");
  if (key === "") return { type: "unknown" };

  const whole = lookupWhole(key);
  if (whole.length > 0) return { type: "place", evidence: [toEvidence(whole, { partial: false, aside })] };
  if (isNonPlace(key)) return { type: "non-place" };

  const inside = hasUnspacedScript(key) ? findUnspacedNames(key) : findSpacedNames(key);
  if (inside.length > 0) {
    return { type: "place", evidence: inside.map((candidates) => toEvidence(candidates, { partial: true, aside })) };
  }
  return { type: "unknown" };
}

function lookupWhole(key: string): readonly PlaceCandidate[] {
  let stripped = key;
  for (let pass = 0; pass < 2; pass++) {
    const found = lookupPlace(stripped);
    if (found.length > 0) return found;
    stripped = AFFIXES.reduce((text, affix) => text.replace(affix, ""), stripped);
  }
  return [];
}

function isNonPlace(key: string): boolean {
  return NON_PLACE_PHRASES.has(key) || key.split(" ").every((word) => NON_PLACE_WORDS.has(word));
}

/** Known names inside a longer part, longest window first, not overlapping. */
function findSpacedNames(key: string): (readonly PlaceCandidate[])[] {
  const words = key.split(" ");
  const found: (readonly PlaceCandidate[])[] = [];
  const used = new Array<boolean>(words.length).fill(false);
  for (let size = Math.min(LONGEST_NAME_IN_WORDS, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      if (used.slice(start, start + size).some(Boolean)) continue;
      const name = words.slice(start, start + size).join(" ");
      if (name.length < SHORTEST_PARTIAL_NAME || (size === 1 && PARTIAL_MATCH_STOPWORDS.has(name))) continue;
      const candidates = lookupPlace(name);
      if (candidates.length === 0) continue;
      found.push(candidates);
      used.fill(true, start, start + size);
    }
  }
  return found;
}

/** Known CJK / Thai names inside a part, longest first, not overlapping. */
function findUnspacedNames(key: string): (readonly PlaceCandidate[])[] {
  const found: (readonly PlaceCandidate[])[] = [];
  let rest = key;
  for (const name of unspacedPlaceKeys()) {
    if (!rest.includes(name)) continue;
    found.push(lookupPlace(name));
    rest = rest.replaceAll(name, " ");
  }
  return found;
}
