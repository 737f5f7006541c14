import { describe, expect, it } from "vitest";
import { classifyLocation } from "./classify-location.ts";

interface Case {
  readonly location: string;
  readonly country: string | null;
  /** Bounds on the confidence, when the case is about how sure the answer is. */
  readonly min?: number;
  readonly max?: number;
  /** A substring one of the reasons must contain. */
  readonly reason?: string;
}

const REQUIRED_EXAMPLES: readonly Case[] = [
  { location: "San Francisco, California", country: "US", reason: 'US state "California"' },
  { location: "San Francisco, California, United States", country: "US", min: 0.95 },
  { location: "Berlin, Berlin, Germany", country: "DE", reason: 'matched country "Germany"' },
  { location: "Cambridge, MA (remote-friendly)", country: "US", reason: "Massachusetts" },
  { location: "Karlsruhe, Baden-Württemberg", country: "DE" },
  { location: "Courbevoie, Île-de-France", country: "FR" },
  { location: "London, England", country: "GB" },
  { location: "Cork, Munster", country: "IE" },
  { location: "Remote (global)", country: null, min: 0.85 },
  { location: "Technology, Information and Internet", country: null, min: 0.85 },
  { location: "München, Bayern", country: "DE" },
  { location: "Madrid, España", country: "ES" },
  { location: "Wien, Österreich", country: "AT" },
  { location: "Zürich, Schweiz", country: "CH" },
  { location: "", country: null, min: 0.9 },
];

const COUNTRY_NAMES_AND_ALIASES: readonly Case[] = [
  { location: "Germany", country: "DE", min: 0.95 },
  { location: "Deutschland", country: "DE" },
  { location: "UK", country: "GB" },
  { location: "United Kingdom", country: "GB" },
  { location: "USA", country: "US" },
  { location: "U.S.", country: "US" },
  { location: "Holland", country: "NL" },
  { location: "The Netherlands", country: "NL" },
  { location: "Nederland", country: "NL" },
  { location: "Suisse", country: "CH" },
  { location: "Svizzera", country: "CH" },
  { location: "Italia", country: "IT" },
  { location: "Polska", country: "PL" },
  { location: "Česko", country: "CZ" },
  { location: "Sverige", country: "SE" },
  { location: "Norge", country: "NO" },
  { location: "Danmark", country: "DK" },
  { location: "Suomi", country: "FI" },
  { location: "Brasil", country: "BR" },
  { location: "México", country: "MX" },
  { location: "日本", country: "JP" },
  { location: "Nihon", country: "JP" },
  { location: "中国", country: "CN" },
  { location: "Россия", country: "RU" },
  { location: "Türkiye", country: "TR" },
  { location: "Turkey", country: "TR" },
  { location: "Ελλάδα", country: "GR" },
  { location: "Éire", country: "IE" },
  { location: "België", country: "BE" },
  { location: "Belgique", country: "BE" },
  { location: "Côte d'Ivoire", country: "CI" },
  { location: "Ivory Coast", country: "CI" },
  { location: "Singapore", country: "SG" },
  { location: "Hong Kong", country: "HK" },
  { location: "South Korea", country: "KR" },
  { location: "대한민국", country: "KR" },
];

const STATES_AND_REGIONS: readonly Case[] = [
  { location: "Austin, TX", country: "US", reason: 'US state "Texas"' },
  { location: "Austin, Texas Metropolitan Area", country: "US" },
  { location: "Portland, OR", country: "US" },
  { location: "Portland, Maine", country: "US" },
  { location: "Washington, DC", country: "US" },
  { location: "Toronto, ON", country: "CA" },
  { location: "Vancouver, British Columbia", country: "CA" },
  { location: "Montréal, Québec", country: "CA" },
  { location: "Melbourne, Victoria", country: "AU" },
  { location: "Sydney, NSW", country: "AU" },
  { location: "Perth, WA", country: "AU" },
  { location: "Seattle, WA", country: "US" },
  { location: "Edinburgh, Scotland", country: "GB" },
  { location: "Cardiff, Wales", country: "GB" },
  { location: "Belfast, Northern Ireland", country: "GB" },
  { location: "Galway, Connacht", country: "IE" },
  { location: "Lyon, Auvergne-Rhône-Alpes", country: "FR" },
  { location: "Düsseldorf, North Rhine-Westphalia", country: "DE" },
  { location: "Bengaluru, Karnataka", country: "IN" },
  { location: "Lahore, Punjab", country: "PK" },
  { location: "Barcelona, Catalonia", country: "ES" },
  { location: "Milano, Lombardia", country: "IT" },
  { location: "San Francisco Bay Area", country: "US" },
];

const CITIES: readonly Case[] = [
  { location: "Paris", country: "FR", max: 0.85, reason: 'city "Paris"' },
  { location: "Berlin", country: "DE" },
  { location: "Tokyo", country: "JP" },
  { location: "Portland", country: "US", max: 0.85 },
  { location: "Greater Munich Metropolitan Area", country: "DE" },
  { location: "Greater London", country: "GB" },
  { location: "Tel Aviv", country: "IL" },
  { location: "Bangalore", country: "IN" },
  { location: "São Paulo", country: "BR" },
  { location: "Frankfurt/Main", country: "DE" },
  { location: "Co. Cork", country: "IE" },
];

const AMBIGUITY_AND_CONFLICT: readonly Case[] = [
  { location: "Cambridge", country: null, max: 0.6, reason: "ambiguous" },
  { location: "Cambridge, UK", country: "GB" },
  { location: "Cambridge (UK)", country: "GB" },
  { location: "London", country: "GB", max: 0.75 },
  { location: "London, Ontario", country: "CA" },
  { location: "London, ON, Canada", country: "CA", min: 0.95 },
  { location: "Georgia", country: null, max: 0.6 },
  { location: "Atlanta, Georgia", country: "US" },
  { location: "Tbilisi, Georgia", country: "GE" },
  { location: "Toronto, CA", country: "CA" },
  { location: "Los Angeles, CA", country: "US" },
  { location: "Berlin, DE", country: "DE" },
  { location: "Wilmington, DE", country: "US" },
  { location: "Amsterdam, NL", country: "NL" },
  { location: "St. John's, NL", country: "CA" },
  { location: "Springfield, IL", country: "US", max: 0.8 },
  { location: "Paris, Germany", country: "DE", max: 0.8, reason: "conflicts with" },
  { location: "Munich, Bavaria, France", country: "FR", max: 0.8, reason: "conflicts with" },
  { location: "Paris, London", country: null, max: 0.6, reason: "unsure" },
  { location: "Victoria", country: null },
  { location: "Victoria, BC", country: "CA" },
  { location: "Dublin, CA", country: "US" },
  { location: "Dublin", country: "IE" },
  { location: "Valencia, Venezuela", country: "VE" },
  { location: "San Jose, Costa Rica", country: "CR" },
  { location: "Limburg", country: null },
  { location: "Maastricht, Limburg", country: "NL" },
];

const NOT_A_COUNTRY: readonly Case[] = [
  { location: "Remote", country: null, min: 0.85 },
  { location: "Worldwide", country: null, min: 0.85 },
  { location: "Anywhere", country: null, min: 0.85 },
  { location: "EMEA", country: null, min: 0.85 },
  { location: "APAC", country: null, min: 0.85 },
  { location: "Europe", country: null, min: 0.85 },
  { location: "North America", country: null, min: 0.85 },
  { location: "Remote, Worldwide", country: null, min: 0.85 },
  { location: "Software Development", country: null, min: 0.85 },
  { location: "IT Services and IT Consulting", country: null, min: 0.85 },
  { location: "Financial Services", country: null, min: 0.85 },
  { location: "N/A", country: null },
  { location: "   ", country: null, min: 0.9 },
  { location: "Narnia", country: null, max: 0.6, reason: "no known place" },
];

const FORMATTING: readonly Case[] = [
  { location: "berlin, germany", country: "DE" },
  { location: "MUNICH", country: "DE" },
  { location: "   Berlin   ,   Germany  ", country: "DE" },
  { location: "Berlin Germany", country: "DE" },
  { location: "Remote - US", country: "US" },
  { location: "Remote (US)", country: "US" },
  { location: "Hybrid · Amsterdam | Netherlands", country: "NL" },
  { location: "United States (Remote)", country: "US" },
  { location: "New York, NY 10001", country: "US" },
  { location: "10115 Berlin", country: "DE" },
  { location: "Mountain View, CA 94043, USA", country: "US" },
  { location: "🇩🇪 Berlin", country: "DE", reason: "flag" },
  { location: "🇫🇷", country: "FR" },
  { location: "東京都", country: "JP" },
  { location: "北京市", country: "CN" },
  { location: "서울특별시", country: "KR" },
  { location: "Москва, Россия", country: "RU" },
  { location: "Αθήνα, Ελλάδα", country: "GR" },
  { location: "Malaga, Spain", country: "ES" },
  { location: "Kraków，Polska", country: "PL" },
];

const CASES: readonly Case[] = [
  ...REQUIRED_EXAMPLES,
  ...COUNTRY_NAMES_AND_ALIASES,
  ...STATES_AND_REGIONS,
  ...CITIES,
  ...AMBIGUITY_AND_CONFLICT,
  ...NOT_A_COUNTRY,
  ...FORMATTING,
];

describe("classifyLocation", () => {
  it.each(CASES)("$location -> $country", ({ location, country, min, max, reason }) => {
    const verdict = classifyLocation(location);

    expect(verdict.country).toBe(country);
    expect(verdict.confidence).toBeGreaterThanOrEqual(min ?? 0);
    expect(verdict.confidence).toBeLessThanOrEqual(max ?? 1);
    expect(verdict.reasons.length).toBeGreaterThanOrEqual(1);
    expect(verdict.reasons.length).toBeLessThanOrEqual(2);
    for (const text of verdict.reasons) expect(text.length).toBeLessThanOrEqual(80);
    if (reason) expect(verdict.reasons.join(" | ")).toContain(reason);
  });

  it("is deterministic", () => {
    expect(classifyLocation("Cambridge, MA")).toEqual(classifyLocation("Cambridge, MA"));
  });

  it("is more confident with an explicit country than with a city alone", () => {
    expect(classifyLocation("Berlin, Germany").confidence).toBeGreaterThan(classifyLocation("Berlin").confidence);
  });

  it("bounds reasons for very long input", () => {
    const verdict = classifyLocation(`${"Somewhere ".repeat(50)}, Germany, ${"x".repeat(300)}`);
    expect(verdict.country).toBe("DE");
    for (const text of verdict.reasons) expect(text.length).toBeLessThanOrEqual(80);
  });
});
