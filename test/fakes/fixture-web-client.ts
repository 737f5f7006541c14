// Helpers for the workerd tests that crawl (discovery, enrichment): a fetch client aimed at the
// fixture web (started by the project's globalSetup) and a way to run
// collectors over an HTML string.
import { inject } from "vitest";
import { htmlScope, templateResolver, webClient, type CrawlLimits, type HtmlScope, type WebClient } from "../../shared/src/web/index.ts";

/** A client whose site requests go to the fixture web; no crawl-delay sleeping unless given. */
export function fixtureClient(limits: Partial<CrawlLimits> = {}, over: Partial<WebClient> = {}): WebClient {
  return webClient({ resolve: templateResolver(inject("fixtureWeb").originTemplate), sleep: async () => undefined, limits: { timeoutMs: 2_000, ...limits }, ...over });
}

/** Streams `html` through HTMLRewriter with the collectors `register` adds; returns what they built. */
export async function rewrite<T>(html: string, register: (scope: HtmlScope) => () => T): Promise<T> {
  const rewriter = new HTMLRewriter();
  const done = register(htmlScope(rewriter));
  await rewriter.transform(new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } })).arrayBuffer();
  return done();
}

/** The paths the fixture web served for a domain (requests made from this workerd). */
export async function servedPaths(domain: string): Promise<string[]> {
  const response = await fetch(`${inject("fixtureWeb").origin}/__requests?domain=${domain}`);
  return ((await response.json()) as { path: string }[]).map((r) => r.path.slice(domain.length + 1));
}
