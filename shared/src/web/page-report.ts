import type { PageSkipReason } from "./page-skip.ts";

/** What happened to one page of a crawl: the per-page audit trail every output carries. */
export interface PageReport {
  /** The URL the crawler chose to visit. */
  readonly url: string;
  /** Where it ended after on-site redirects (null when skipped before an answer). */
  readonly final_url: string | null;
  readonly outcome: "read" | "skipped";
  readonly reason: PageSkipReason | null;
  readonly detail: string | null;
  readonly http_status: number | null;
  readonly bytes: number | null;
  readonly encoding: string | null;
  readonly last_modified: string | null;
}

/**
 * The report of a skipped page.
 *
 * @example
 * skippedPage("https://acme.de/intern", "robots_disallowed", "/intern"); // { outcome: "skipped", reason: "robots_disallowed", … }
 */
export const skippedPage = (url: string, reason: PageSkipReason, detail: string | null, finalUrl: string | null = null): PageReport => ({
  url,
  final_url: finalUrl,
  outcome: "skipped",
  reason,
  detail,
  http_status: null,
  bytes: null,
  encoding: null,
  last_modified: null,
});
