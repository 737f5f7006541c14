import { charsetOfContentType } from "./charset.ts";
import { PageSkip } from "./page-skip.ts";
import type { RobotsPolicy } from "./robots-policy.ts";
import { isOnSite, pageKey } from "./site-url.ts";
import type { WebClient } from "./web-client.ts";

/** A page whose head has arrived and passed every check; its body is not read yet. */
export interface FetchedPage {
  /** Final logical URL, after redirects. */
  readonly url: URL;
  readonly status: number;
  readonly charset: string | null;
  /** `Last-Modified` as an ISO instant, when the server sent a valid one. */
  readonly lastModified: string | null;
  readonly body: ReadableStream<Uint8Array>;
  /** Aborts when the page's time budget runs out (body reads included). */
  readonly signal: AbortSignal;
}

export interface FetchPageContext {
  readonly client: WebClient;
  /** Registrable domain the crawl must stay on. */
  readonly site: string;
  readonly robots: RobotsPolicy;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Fetches one page the careful way: robots.txt checked for every hop,
 * redirects followed by hand and only while they stay on the company's
 * registrable domain, one timeout for the whole page, the declared size
 * checked before the body is read, and only HTML accepted. Throws
 * `PageSkip` with the reason otherwise; never follows an off-site hop.
 *
 * @example
 * const page = await fetchPage(new URL("https://acme.de/team"), { client, site: "acme.de", robots });
 * page.url.href; // "https://acme.de/team" (or where an on-site redirect led)
 */
export async function fetchPage(start: URL, { client, site, robots }: FetchPageContext): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(client.limits.timeoutMs);
  const chain = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new PageSkip("unsupported_scheme", url.protocol);
    if (!isOnSite(url, site)) throw new PageSkip("redirect_off_site", url.href);
    if (chain.has(pageKey(url))) throw new PageSkip("redirect_loop", url.href);
    if (hop > client.limits.maxRedirects) throw new PageSkip("too_many_redirects", `${hop - 1} hops`);
    chain.add(pageKey(url));
    const rules = await robots.rulesFor(url);
    if (!rules.isAllowed(url)) throw rules.status === "unreachable" ? new PageSkip("robots_unreachable", rules.detail) : new PageSkip("robots_disallowed", url.pathname);
    const response = await send(client, url, signal);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    return accept(response, url, client, signal);
  }
}

async function send(client: WebClient, url: URL, signal: AbortSignal): Promise<Response> {
  try {
    return await client.fetch(client.resolve(url), {
      redirect: "manual",
      signal,
      headers: { "user-agent": client.userAgent, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" },
    });
  } catch (e) {
    if (signal.aborted) throw new PageSkip("timeout", `${client.limits.timeoutMs} ms`);
    throw new PageSkip("fetch_failed", e instanceof Error ? e.message.slice(0, 200) : "network error");
  }
}

async function accept(response: Response, url: URL, client: WebClient, signal: AbortSignal): Promise<FetchedPage> {
  const reject = async (skip: PageSkip) => {
    await response.body?.cancel().catch(() => undefined);
    throw skip;
  };
  if (response.status < 200 || response.status >= 300) return reject(new PageSkip("http_error", String(response.status)));
  const type = response.headers.get("content-type") ?? "";
  // A missing type is sniffed as HTML by browsers; we do the same and let the parser decide.
  if (type && !HTML_TYPES.test(type)) return reject(new PageSkip("not_html", type.split(";")[0] ?? type));
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > client.limits.maxBytes) return reject(new PageSkip("too_large", `${declared} bytes declared`));
  if (!response.body) return reject(new PageSkip("http_error", "empty body"));
  const modified = Date.parse(response.headers.get("last-modified") ?? "");
  return {
    url,
    status: response.status,
    charset: charsetOfContentType(type),
    lastModified: Number.isNaN(modified) ? null : new Date(modified).toISOString(),
    body: response.body,
    signal,
  };
}
