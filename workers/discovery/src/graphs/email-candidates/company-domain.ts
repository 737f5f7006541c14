import { parse } from "tldts";

export type CompanyDomain = { ok: true; domain: string } | { ok: false; reason: "ip_address" | "invalid_domain" };

/**
 * The registrable domain (public suffix + one label) a company's mail lives
 * at, from a domain, hostname, URL or address. Refuses IP addresses and names
 * without an ICANN public suffix (".test", "localhost"). Unicode domains come
 * back in their ASCII (punycode) form, the one every mail system accepts.
 *
 * @example
 * companyDomain("https://www.Acme.io/about"); // { ok: true, domain: "acme.io" }
 * companyDomain("mail.acme.co.uk");           // { ok: true, domain: "acme.co.uk" }
 * companyDomain("192.168.0.1");               // { ok: false, reason: "ip_address" }
 * companyDomain("acme.test");                 // { ok: false, reason: "invalid_domain" }
 */
export function companyDomain(raw: string): CompanyDomain {
  const info = parse(raw.trim().toLowerCase());
  if (info.isIp) return { ok: false, reason: "ip_address" };
  if (!info.domain || !info.isIcann) return { ok: false, reason: "invalid_domain" };
  return { ok: true, domain: toAscii(info.domain) };
}

/** IDNA to-ASCII through the URL parser (WHATWG), which every runtime ships. */
function toAscii(domain: string): string {
  return new URL(`http://${domain}`).hostname;
}
