import { parse } from "tldts";

export interface ScreenedDomain {
  /** The registrable domain in ASCII, or the trimmed input when it is not one. */
  readonly domain: string;
  /** `invalid_domain` (no ICANN public suffix) or `ip_address`; null when the site can be crawled. */
  readonly skip_reason: "invalid_domain" | "ip_address" | null;
}

/**
 * The registrable domain to crawl for a company, from a domain, host or URL.
 *
 * @example
 * screenDomain("https://www.Acme.co.uk/about"); // { domain: "acme.co.uk", skip_reason: null }
 * screenDomain("10.0.0.1");                     // { domain: "10.0.0.1", skip_reason: "ip_address" }
 */
export function screenDomain(raw: string): ScreenedDomain {
  const trimmed = raw.trim().toLowerCase();
  const info = parse(trimmed);
  if (info.isIp) return { domain: trimmed, skip_reason: "ip_address" };
  if (!info.domain || !info.isIcann) return { domain: trimmed, skip_reason: "invalid_domain" };
  // IDNA to ASCII through the URL parser, as mail and DNS want it.
  return { domain: new URL(`http://${info.domain}`).hostname, skip_reason: null };
}
