import { templateResolver } from "./origin-resolver.ts";
import { DEFAULT_LIMITS, webClient, type CrawlLimits, type WebClient } from "./web-client.ts";

/** The vars (wrangler.toml `[vars]` or `--var`) that tune the fetch path; all optional. */
export interface WebEnv {
  /** Send site requests to `<template with {host}>/<path>` instead of the site (tests, benchmark, local dev only). */
  SITE_ORIGIN_TEMPLATE?: string;
  CRAWLER_USER_AGENT?: string;
  FETCH_TIMEOUT_MS?: string;
  MAX_PAGE_BYTES?: string;
  CRAWL_CONCURRENCY?: string;
  MAX_CRAWL_DELAY_MS?: string;
}

const LIMIT_VARS = {
  timeoutMs: "FETCH_TIMEOUT_MS",
  maxBytes: "MAX_PAGE_BYTES",
  concurrency: "CRAWL_CONCURRENCY",
  maxCrawlDelayMs: "MAX_CRAWL_DELAY_MS",
} as const satisfies Partial<Record<keyof CrawlLimits, keyof WebEnv>>;

/**
 * The fetch client a worker's env describes, defaults for anything unset.
 * A malformed var is a deployment error and throws, naming the var.
 *
 * @example
 * webClientFromEnv({ FETCH_TIMEOUT_MS: "3000", SITE_ORIGIN_TEMPLATE: "http://127.0.0.1:4000/{host}" });
 */
export function webClientFromEnv(env: WebEnv, fetchImpl?: typeof fetch): WebClient {
  const limits: Partial<Record<keyof CrawlLimits, number>> = {};
  for (const [key, name] of Object.entries(LIMIT_VARS) as [keyof typeof LIMIT_VARS, keyof WebEnv][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (key === "maxCrawlDelayMs" ? 0 : 1)) {
      throw new RangeError(`Invalid "${name}" var: expected a positive integer, got "${raw}".`);
    }
    limits[key] = value;
  }
  const template = env.SITE_ORIGIN_TEMPLATE?.trim();
  return webClient({
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(template ? { resolve: templateResolver(template) } : {}),
    ...(env.CRAWLER_USER_AGENT?.trim() ? { userAgent: env.CRAWLER_USER_AGENT.trim() } : {}),
    limits: { ...DEFAULT_LIMITS, ...limits },
  });
}
