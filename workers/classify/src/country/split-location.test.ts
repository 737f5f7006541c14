import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.ts";
import { splitLocation } from "./split-location.ts";

describe("splitLocation", () => {
  it.each([
    { location: "Cambridge, MA (remote-friendly)", parts: ["Cambridge", "MA"], asides: ["remote-friendly"], flags: [] },
    { location: "Karlsruhe, Baden-Württemberg", parts: ["Karlsruhe", "Baden-Württemberg"], asides: [], flags: [] },
    { location: "Remote - US", parts: ["Remote", "US"], asides: [], flags: [] },
    { location: "Berlin · DE | Europe", parts: ["Berlin", "DE", "Europe"], asides: [], flags: [] },
    { location: "N/A", parts: ["N/A"], asides: [], flags: [] },
    { location: "🇩🇪🇫🇷 Team [Berlin, Paris]", parts: ["Team"], asides: ["Berlin", "Paris"], flags: ["DE", "FR"] },
    { location: "東京、日本", parts: ["東京", "日本"], asides: [], flags: [] },
  ])("$location", ({ location, ...expected }) => {
    expect(splitLocation(location)).toEqual(expected);
  });
});

describe("foldText", () => {
  it.each([
    ["Île-de-France", "ile de france"],
    ["U.S.A.", "usa"],
    ["  Zürich  ", "zurich"],
    ["Łódź", "lodz"],
    ["Straße", "strasse"],
    ["İstanbul", "istanbul"],
    ["St. John's", "st johns"],
    ["ＢＥＲＬＩＮ", "berlin"],
  ])("%s -> %s", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
