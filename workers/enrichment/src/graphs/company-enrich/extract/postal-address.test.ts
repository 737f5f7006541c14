import { describe, expect, it } from "vitest";
import { hqFromAddressText, hqFromPostalAddress, type HqLocation } from "./postal-address.ts";

describe("hqFromPostalAddress", () => {
  it.each<{ address: Record<string, unknown> | string | null; hq: HqLocation | null }>([
    { address: { addressLocality: "Hamburg", addressCountry: "DE", streetAddress: "Speicherstadt 12" }, hq: { location: "Hamburg, Germany", countryDeclared: "DE" } },
    // "TX" stays a region: only addressCountry is spelled out.
    { address: { addressLocality: "Austin", addressRegion: "TX", addressCountry: "US" }, hq: { location: "Austin, TX, United States", countryDeclared: "US" } },
    { address: { addressLocality: "Lyon", addressCountry: "France" }, hq: { location: "Lyon, France", countryDeclared: null } },
    { address: { addressLocality: "Bristol", addressCountry: { "@type": "Country", name: "GB" } }, hq: { location: "Bristol, United Kingdom", countryDeclared: "GB" } },
    { address: { addressCountry: "XX" }, hq: { location: "XX", countryDeclared: null } },
    { address: "  Sevilla,  España ", hq: { location: "Sevilla, España", countryDeclared: null } },
    { address: {}, hq: null },
    { address: null, hq: null },
  ])("$address", ({ address, hq }) => expect(hqFromPostalAddress(address)).toEqual(hq));
});

describe("hqFromAddressText", () => {
  it.each<{ text: string; location: string }>([
    { text: "Nordwind Robotik GmbH, Speicherstadt 12, 20457 Hamburg, Deutschland", location: "20457 Hamburg, Deutschland" },
    { text: "12 rue des Canuts, 69004 Lyon, France", location: "69004 Lyon, France" },
    { text: "4 Park Row, Bristol BS1 5LJ, United Kingdom", location: "Bristol BS1 5LJ, United Kingdom" },
    { text: "Somewhere, Nowhere", location: "Somewhere, Nowhere" },
  ])("$text", ({ text, location }) => expect(hqFromAddressText(text)?.location).toBe(location));
});
