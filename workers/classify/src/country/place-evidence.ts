import type { PlaceCandidate, PlaceKind } from "./place-index.ts";

/** Evidence weight per kind: an explicit country outweighs a state, a state a city. */
export const KIND_WEIGHT: Readonly<Record<PlaceKind, number>> = { country: 4, "country-code": 3, region: 2, city: 1 };

/** What one place name in the input says about one country. */
export interface CountrySupport {
  readonly country: string;
  readonly weight: number;
  /** The reading behind the support, for reasons. */
  readonly candidate: PlaceCandidate;
}

/** One place name found in the input and the countries it supports. */
export interface PlaceEvidence {
  readonly supports: readonly CountrySupport[];
  /** Found inside a longer part ("Berlin Germany") rather than being the whole part. */
  readonly partial: boolean;
  /** Came from a parenthetical ("Remote (US)"). */
  readonly aside: boolean;
}

/**
 * Turns a name's readings into evidence: one support per country, at the
 * weight of that country's most specific reading. A name that points at
 * several countries is only as strong as its weakest reading, so "Georgia"
 * counts like a state for both GE and US and the other parts decide.
 *
 * @example
 * toEvidence(lookupPlace("georgia"), { partial: false, aside: false }).supports.map((s) => s.weight) // [2, 2]
 */
export function toEvidence(
  candidates: readonly PlaceCandidate[],
  origin: { readonly partial: boolean; readonly aside: boolean },
): PlaceEvidence {
  const strongest = new Map<string, PlaceCandidate>();
  for (const candidate of candidates) {
    const current = strongest.get(candidate.country);
    const stronger = !current || KIND_WEIGHT[candidate.kind] > KIND_WEIGHT[current.kind];
    if (stronger || (candidate.dominant && KIND_WEIGHT[candidate.kind] === KIND_WEIGHT[current.kind])) {
      strongest.set(candidate.country, candidate);
    }
  }
  const readings = [...strongest.values()];
  const floor = Math.min(...readings.map((c) => KIND_WEIGHT[c.kind]));
  const supports = readings.map((candidate) => ({
    country: candidate.country,
    weight: readings.length > 1 ? floor : KIND_WEIGHT[candidate.kind],
    candidate,
  }));
  return { supports, ...origin };
}

/**
 * Evidence from a flag emoji: as explicit as the country's name.
 *
 * @example
 * flagEvidence("DE", "Germany").supports[0]?.weight // 4
 */
export function flagEvidence(country: string, name: string): PlaceEvidence {
  const candidate: PlaceCandidate = { country, kind: "country", kindLabel: "country flag", name, dominant: false };
  return { supports: [{ country, weight: KIND_WEIGHT.country, candidate }], partial: false, aside: false };
}
