export interface HqLocation {
  /** "Locality, Region, Country" as the caller's country_classify expects it. */
  readonly location: string;
  /** An ISO 3166-1 alpha-2 code the site itself declares (JSON-LD `addressCountry`), else null. */
  readonly countryDeclared: string | null;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** The English name of a two-letter region code, or null when it is not one. */
function countryName(code: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  try {
    const name = regionNames.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : null;
  } catch {
    return null;
  }
}

/**
 * An HQ location string from a schema.org PostalAddress (or plain text):
 * locality, region and country, a two-letter country code spelled out
 * ("DE" → "Germany", since "Hamburg, DE" could read as Delaware), the code
 * kept as declared. Street and postcode are left out: they identify a
 * building, not a headquarters region. Pure.
 *
 * @example
 * hqFromPostalAddress({ addressLocality: "Hamburg", addressCountry: "DE" }); // { location: "Hamburg, Germany", countryDeclared: "DE" }
 * hqFromPostalAddress({ addressLocality: "Austin", addressRegion: "TX", addressCountry: "US" }); // { location: "Austin, TX, United States", countryDeclared: "US" }
 */
export function hqFromPostalAddress(address: Record<string, unknown> | string | null): HqLocation | null {
  if (!address) return null;
  if (typeof address === "string") return address.trim() ? { location: address.replace(/\s+/g, " ").trim().slice(0, 200), countryDeclared: null } : null;
  const field = (key: string) => {
    const v = address[key];
    if (typeof v === "string") return v.trim() || null;
    if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string") return ((v as { name: string }).name.trim() || null);
    return null;
  };
  const country = field("addressCountry");
  const code = country && countryName(country) ? country.toUpperCase() : null;
  const parts = [field("addressLocality"), field("addressRegion"), code ? countryName(code) : country].filter((p): p is string => !!p);
  return parts.length ? { location: [...new Set(parts)].join(", ").slice(0, 200), countryDeclared: code } : null;
}

/**
 * An HQ location from an `<address>` block: its last parts, which by
 * convention are "postcode city" and the country; the street is dropped.
 *
 * @example
 * hqFromAddressText("Nordwind Robotik GmbH, Speicherstadt 12, 20457 Hamburg, Deutschland"); // { location: "20457 Hamburg, Deutschland", countryDeclared: null }
 */
export function hqFromAddressText(text: string): HqLocation | null {
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  const cityAt = parts.findIndex((p) => /\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/.test(p));
  const tail = cityAt >= 0 ? parts.slice(cityAt) : parts.slice(-2);
  const location = tail.join(", ").trim();
  return location ? { location: location.slice(0, 200), countryDeclared: null } : null;
}
