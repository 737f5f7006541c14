/**
 * Why a page was not read. Stable codes: they travel in graph outputs.
 * - `robots_disallowed`: robots.txt disallows the path for our user agent
 * - `robots_unreachable`: robots.txt answered 5xx or not at all, so RFC 9309 §2.3.1.4 says assume full disallow
 * - `redirect_off_site`: a redirect left the company's registrable domain
 * - `too_many_redirects` / `redirect_loop`: the redirect chain did not settle
 * - `timeout`: no complete answer within the per-request timeout
 * - `fetch_failed`: connection or DNS failure
 * - `http_error`: a status outside 2xx/3xx (detail holds it)
 * - `not_html`: a content type other than HTML
 * - `too_large`: the body passed the size cap (declared or while streaming)
 * - `unsupported_scheme`: not http(s)
 * - `duplicate`: a redirect landed on a page already read
 * - `parse_failed`: the page could not be parsed (a bug or a pathological document)
 */
export const PAGE_SKIP_REASONS = [
  "robots_disallowed",
  "robots_unreachable",
  "redirect_off_site",
  "too_many_redirects",
  "redirect_loop",
  "timeout",
  "fetch_failed",
  "http_error",
  "not_html",
  "too_large",
  "unsupported_scheme",
  "duplicate",
  "parse_failed",
] as const;
export type PageSkipReason = (typeof PAGE_SKIP_REASONS)[number];

/**
 * A page that was deliberately not read. Thrown inside the fetch path and
 * turned into a page report; never escapes a crawl.
 *
 * @example
 * throw new PageSkip("redirect_off_site", "https://elsewhere.com/");
 */
export class PageSkip extends Error {
  override readonly name = "PageSkip";
  constructor(
    readonly reason: PageSkipReason,
    readonly detail: string | null = null,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

/**
 * Matches on `name`, not `instanceof`, like every domain error here.
 *
 * @example
 * isPageSkip(new PageSkip("timeout")); // true
 */
export const isPageSkip = (e: unknown): e is PageSkip => e instanceof Error && e.name === "PageSkip" && "reason" in e;
