import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, DEFAULT_USER_AGENT, productToken } from "@agentic-sales/shared/web/web-client.ts";
import { webClientFromEnv, type WebEnv } from "@agentic-sales/shared/web/web-env.ts";

describe("webClientFromEnv", () => {
  it("uses defaults for an empty env", () => {
    const client = webClientFromEnv({});
    expect(client.limits).toEqual(DEFAULT_LIMITS);
    expect(client.userAgent).toBe(DEFAULT_USER_AGENT);
    expect(client.resolve(new URL("https://acme.de/a"))).toBe("https://acme.de/a");
  });

  it("reads every var", () => {
    const client = webClientFromEnv({ FETCH_TIMEOUT_MS: "300", MAX_PAGE_BYTES: "1000", CRAWL_CONCURRENCY: "2", MAX_CRAWL_DELAY_MS: "0", CRAWLER_USER_AGENT: "TestBot/2", SITE_ORIGIN_TEMPLATE: "http://127.0.0.1:9/{host}" });
    expect(client.limits).toMatchObject({ timeoutMs: 300, maxBytes: 1000, concurrency: 2, maxCrawlDelayMs: 0 });
    expect(client.userAgent).toBe("TestBot/2");
    expect(client.resolve(new URL("https://acme.de/a"))).toBe("http://127.0.0.1:9/acme.de/a");
  });

  it.each<{ env: WebEnv; message: RegExp }>([
    { env: { FETCH_TIMEOUT_MS: "soon" }, message: /"FETCH_TIMEOUT_MS"/ },
    { env: { CRAWL_CONCURRENCY: "0" }, message: /"CRAWL_CONCURRENCY"/ },
    { env: { MAX_PAGE_BYTES: "1.5" }, message: /"MAX_PAGE_BYTES"/ },
    { env: { SITE_ORIGIN_TEMPLATE: "http://127.0.0.1:9/" }, message: /placeholder/ },
  ])("refuses $env", ({ env, message }) => expect(() => webClientFromEnv(env)).toThrow(message));

  it.each([
    ["AgenticSalesBot/1.0 (+https://x)", "AgenticSalesBot"],
    ["Some-Bot_2", "Some-Bot_"],
  ])("productToken(%s) = %s", (ua, token) => expect(productToken(ua)).toBe(token));
});
