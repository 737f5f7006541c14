import { DIRECT, type UrlResolver } from "./origin-resolver.ts";

/** Per-request and per-crawl limits; every one has a default and an env override. */
export interface CrawlLimits {
  /** Whole-request budget (head and body), ms. */
  readonly timeoutMs: number;
  /** Largest body read, bytes; a bigger page is skipped as `too_large`. */
  readonly maxBytes: number;
  /** Redirect hops followed per page (RFC 9309 asks robots.txt fetchers for at least 5). */
  readonly maxRedirects: number;
  /** Requests in flight at once; Workers allow 6 open connections per invocation. */
  readonly concurrency: number;
  /** Longest robots.txt Crawl-delay honoured between requests, ms; longer delays are capped. */
  readonly maxCrawlDelayMs: number;
}

/**
 * Defaults sized for a Worker invocation: a contact crawl reads ~10 pages of
 * a few hundred KB; 2 MB is far above a real team page and far below memory
 * limits; 5 hops matches RFC 9309.
 */
export const DEFAULT_LIMITS: CrawlLimits = {
  timeoutMs: 8_000,
  maxBytes: 2_000_000,
  maxRedirects: 5,
  concurrency: 4,
  maxCrawlDelayMs: 2_000,
};

/** Sent on every request and matched against robots.txt groups (its product token). */
export const DEFAULT_USER_AGENT = "AgenticSalesBot/1.0 (+https://github.com/agentic-sales/bot)";

/** Everything the fetch path needs from outside: the one place I/O is injected. */
export interface WebClient {
  readonly fetch: typeof fetch;
  readonly resolve: UrlResolver;
  readonly userAgent: string;
  readonly limits: CrawlLimits;
  /** Waits between requests when robots.txt asks for a crawl delay (tests pass a no-op). */
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * A client with defaults for whatever is not given.
 *
 * @example
 * webClient({ resolve: templateResolver(web.originTemplate), limits: { timeoutMs: 500 } });
 */
export function webClient(options: Partial<Omit<WebClient, "limits">> & { limits?: Partial<CrawlLimits> } = {}): WebClient {
  return {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    resolve: options.resolve ?? DIRECT,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}

/**
 * The robots.txt product token of a User-Agent string (RFC 9309 §2.2.1).
 *
 * @example
 * productToken("AgenticSalesBot/1.0 (+https://…)"); // "AgenticSalesBot"
 */
export const productToken = (userAgent: string): string => /^[A-Za-z_-]+/.exec(userAgent)?.[0] ?? userAgent;
