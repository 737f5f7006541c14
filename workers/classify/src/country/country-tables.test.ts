import { describe, expect, it } from "vitest";
import { AMBIGUOUS_CITIES } from "./ambiguous-cities.ts";
import { CITIES_BY_COUNTRY } from "./cities.ts";
import { COUNTRY_ALIASES } from "./country-aliases.ts";
import { foldText } from "./fold-text.ts";
import { ISO_COUNTRY_NAMES, isIsoCountryCode } from "./iso-countries.ts";
import { lookupPlace } from "./place-index.ts";
import { SUBDIVISIONS } from "./subdivisions.ts";

const cityNames = (city: string | readonly string[]): readonly string[] => (typeof city === "string" ? [city] : city);

describe("country tables", () => {
  it("has every officially assigned ISO 3166-1 alpha-2 code", () => {
    const codes = Object.keys(ISO_COUNTRY_NAMES);
    expect(codes).toHaveLength(249);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(isIsoCountryCode("UK")).toBe(false);
  });

  it("refers only to ISO codes", () => {
    const referenced = [
      ...Object.keys(COUNTRY_ALIASES),
      ...SUBDIVISIONS.map((group) => group.country),
      ...Object.keys(CITIES_BY_COUNTRY),
      ...AMBIGUOUS_CITIES.flatMap((city) => [...city.countries, ...(city.dominant ? [city.dominant] : [])]),
    ];
    expect(referenced.filter((code) => !isIsoCountryCode(code))).toEqual([]);
  });

  it("covers at least 300 cities", () => {
    const count = Object.values(CITIES_BY_COUNTRY).flat().length + AMBIGUOUS_CITIES.length;
    expect(count).toBeGreaterThanOrEqual(300);
  });

  it("keeps shared city names out of the one-country table", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [country, cities] of Object.entries(CITIES_BY_COUNTRY)) {
      for (const name of cities.flatMap(cityNames)) {
        const key = foldText(name);
        const previous = owner.get(key);
        if (previous && previous !== country) clashes.push(`${name}: ${previous}/${country}`);
        owner.set(key, country);
      }
    }
    for (const city of AMBIGUOUS_CITIES) {
      for (const name of city.names) if (owner.has(foldText(name))) clashes.push(`${name}: also ambiguous`);
    }
    expect(clashes).toEqual([]);
  });

  it("lists real ambiguity only", () => {
    for (const city of AMBIGUOUS_CITIES) {
      expect(new Set(city.countries).size).toBeGreaterThanOrEqual(2);
      if (city.dominant) expect(city.countries).toContain(city.dominant);
    }
  });

  it("indexes names accent- and case-insensitively", () => {
    expect(lookupPlace(foldText("MÜNCHEN")).map((c) => c.country)).toEqual(["DE"]);
    expect(lookupPlace(foldText("Malmo")).map((c) => c.country)).toEqual(["SE"]);
  });

  it("indexes a US state code that is also a country code under both readings", () => {
    const readings = lookupPlace("ca").map((c) => `${c.country}:${c.kind}:${c.dominant}`);
    expect(readings.sort()).toEqual(["CA:country-code:false", "US:region:true"]);
  });
});
