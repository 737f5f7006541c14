import { getDomain } from "tldts";

/**
 * The site a URL belongs to: its registrable domain (`www.acme.de` and
 * `jobs.acme.de` are one site), or the bare host when it has none (IPs).
 *
 * @example
 * siteOf(new URL("https://www.acme.co.uk/team")); // "acme.co.uk"
 */
export function siteOf(url: URL): string {
  return getDomain(url.hostname) ?? url.hostname;
}

/**
 * Whether a URL stays on the company's site: http(s) on the same registrable domain.
 *
 * @example
 * isOnSite(new URL("https://jobs.acme.de/x"), "acme.de");   // true
 * isOnSite(new URL("https://acme-partner.com/"), "acme.de"); // false
 */
export function isOnSite(url: URL, site: string): boolean {
  return (url.protocol === "https:" || url.protocol === "http:") && siteOf(url) === site;
}

/**
 * The crawl key of a page: no fragment, no default port, no trailing slash
 * on a non-root path, so `/team`, `/team/` and `/team#x` are fetched once.
 *
 * @example
 * pageKey(new URL("https://Acme.de:443/team/#jobs")); // "https://acme.de/team"
 */
export function pageKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = "";
  if (copy.pathname.length > 1 && copy.pathname.endsWith("/")) copy.pathname = copy.pathname.replace(/\/+$/, "");
  return copy.href;
}

/**
 * A URL from an attribute value, resolved against the page (or its `<base>`),
 * or null when it does not parse.
 *
 * @example
 * resolveHref("../kontakt", "https://acme.de/team/"); // URL https://acme.de/kontakt
 * resolveHref("http://[bad", "https://acme.de/");      // null
 */
export function resolveHref(href: string, base: string): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}
