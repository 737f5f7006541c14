// The fetch-and-parse layer for crawling company sites (robots.txt, same-site
// redirects, timeouts, size caps, charset decoding, HTMLRewriter collectors).
// Kept byte-identical in workers/discovery/src/web/ and workers/enrichment/src/web/:
// workers never import each other, and this is not shared/ code yet.
// evals/company_enrich/web-copies.test.ts fails when the copies drift; promote
// the folder to shared/src/web/ (and delete both copies) when that is possible.
// Fetching
export { webClient, DEFAULT_LIMITS, DEFAULT_USER_AGENT, productToken, type CrawlLimits, type WebClient } from "./web-client.ts";
export { DIRECT, templateResolver, type UrlResolver } from "./origin-resolver.ts";
export { webClientFromEnv, type WebEnv } from "./web-env.ts";
export { fetchPage, type FetchedPage, type FetchPageContext } from "./fetch-page.ts";
export { RobotsPolicy, type HostRules, type RobotsStatus } from "./robots-policy.ts";
export { readHtml, type ReadStats } from "./read-html.ts";
export { crawlSite, type CrawlOptions, type CrawlResult, type ReadPage } from "./crawl-site.ts";
// Reports
export { isPageSkip, PageSkip, PAGE_SKIP_REASONS, type PageSkipReason } from "./page-skip.ts";
export { skippedPage, type PageReport } from "./page-report.ts";
// URLs and text
export { isOnSite, pageKey, resolveHref, siteOf } from "./site-url.ts";
export { charsetOfContentType, encodingOf, sniffEncoding } from "./charset.ts";
export { foldText } from "./fold-text.ts";
// HTML
export { collectLinks, type CollectedLinks, type PageLink } from "./html/link-collector.ts";
export { collectJsonLd, MAX_JSON_LD_CHARS, type JsonLdBlocks } from "./html/json-ld-blocks.ts";
export { decodeEntities } from "./html/decode-entities.ts";
export { htmlScope, type HtmlScope } from "./html/html-scope.ts";
