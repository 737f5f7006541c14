import { fetchPage } from "./fetch-page.ts";
import { Frontier } from "./frontier.ts";
import type { HtmlScope } from "./html/html-scope.ts";
import { collectLinks, type PageLink } from "./html/link-collector.ts";
import { isPageSkip } from "./page-skip.ts";
import { skippedPage, type PageReport } from "./page-report.ts";
import { readHtml } from "./read-html.ts";
import { RobotsPolicy, type RobotsStatus } from "./robots-policy.ts";
import { isOnSite, pageKey } from "./site-url.ts";
import type { WebClient } from "./web-client.ts";

/** One page that was read: where it was, when it last changed, and what the extractor made of it. */
export interface ReadPage<T> {
  readonly url: string;
  readonly lastModified: string | null;
  readonly mailto: readonly string[];
  readonly data: T;
}

export interface CrawlOptions<T> {
  /** Registrable domain; the crawl starts at `https://<domain>/` and never leaves it. */
  readonly domain: string;
  readonly client: WebClient;
  /** Pages visited at most (skipped ones count: each cost a decision and usually a request). */
  readonly maxPages: number;
  /** Link hops from the home page. */
  readonly maxDepth: number;
  /** Priority of following a link; ≤ 0 means never. */
  readonly scoreLink: (link: PageLink, depth: number) => number;
  /** Registers this crawl's extractors for one page; the returned function yields the page's data once read. */
  readonly extract: (scope: HtmlScope, pageUrl: string) => () => T;
}

export interface CrawlResult<T> {
  readonly pages: PageReport[];
  readonly read: ReadPage<T>[];
  readonly robots: Record<string, RobotsStatus>;
}

/** Paths that are files, not pages: never queued. */
const NOT_A_PAGE = /\.(pdf|jpe?g|png|gif|svg|webp|zip|gz|docx?|xlsx?|pptx?|mp[34]|mov|css|js|xml|json|ics|vcf)$/i;

/**
 * A focused, polite crawl of one company site: breadth by link score, in
 * waves of `concurrency` requests (one at a time, spaced, when robots.txt
 * sets a Crawl-delay), each page through `fetchPage` + `readHtml`. Every
 * visited URL ends in exactly one page report; nothing throws per page.
 *
 * @example
 * const { pages, read } = await crawlSite({ domain: "acme.de", client, maxPages: 10, maxDepth: 2,
 *   scoreLink: (link) => (/team/i.test(link.text) ? 2 : 0), extract: (scope) => { const ld = collectJsonLd(scope); return () => ld.values; } });
 */
export async function crawlSite<T>(options: CrawlOptions<T>): Promise<CrawlResult<T>> {
  const { client, domain } = options;
  const robots = new RobotsPolicy(client);
  const frontier = new Frontier();
  const pages: PageReport[] = [];
  const read: ReadPage<T>[] = [];
  const home = new URL(`https://${domain}/`);
  frontier.push({ url: home, score: Number.POSITIVE_INFINITY, depth: 0 });
  const delay = (await robots.rulesFor(home)).crawlDelayMs;
  const width = delay > 0 ? 1 : Math.max(1, client.limits.concurrency);
  while (frontier.size > 0 && pages.length < options.maxPages) {
    const wave = frontier.take(Math.min(width, options.maxPages - pages.length));
    if (delay > 0 && pages.length > 0) await client.sleep(delay);
    const outcomes = await Promise.all(wave.map((entry) => visit(entry.url, options, robots, frontier)));
    // Merge in queue order, not completion order, so the result is deterministic.
    outcomes.forEach((outcome, i) => {
      pages.push(outcome.report);
      if (!outcome.page) return;
      read.push(outcome.page);
      const depth = wave[i]!.depth + 1;
      if (depth > options.maxDepth) return;
      for (const link of outcome.links) {
        if (!isOnSite(link.url, domain) || NOT_A_PAGE.test(link.url.pathname)) continue;
        const score = options.scoreLink(link, depth);
        if (score > 0) frontier.push({ url: link.url, score, depth });
      }
    });
  }
  return { pages, read, robots: await robots.summary() };
}

interface Visit<T> {
  readonly report: PageReport;
  readonly page?: ReadPage<T>;
  readonly links: readonly PageLink[];
}

async function visit<T>(url: URL, options: CrawlOptions<T>, robots: RobotsPolicy, frontier: Frontier): Promise<Visit<T>> {
  const { client, domain } = options;
  try {
    const fetched = await fetchPage(url, { client, site: domain, robots });
    if (pageKey(fetched.url) !== pageKey(url) && !frontier.markSeen(fetched.url)) {
      await fetched.body.cancel();
      return { report: skippedPage(url.href, "duplicate", fetched.url.href, fetched.url.href), links: [] };
    }
    let data: (() => T) | undefined;
    let links: ReturnType<typeof collectLinks> | undefined;
    const stats = await readHtml(fetched, client.limits.maxBytes, (scope) => {
      links = collectLinks(scope, fetched.url.href);
      data = options.extract(scope, fetched.url.href);
    });
    const report: PageReport = {
      url: url.href,
      final_url: fetched.url.href,
      outcome: "read",
      reason: null,
      detail: null,
      http_status: fetched.status,
      bytes: stats.bytes,
      encoding: stats.encoding,
      last_modified: fetched.lastModified,
    };
    const page: ReadPage<T> = { url: fetched.url.href, lastModified: fetched.lastModified, mailto: links?.mailto ?? [], data: data!() };
    return { report, page, links: links?.links ?? [] };
  } catch (e) {
    if (isPageSkip(e)) return { report: skippedPage(url.href, e.reason, e.detail), links: [] };
    return { report: skippedPage(url.href, "parse_failed", e instanceof Error ? e.message.slice(0, 200) : "unknown"), links: [] };
  }
}
