import robotsParser from "robots-parser";
import { capBytes, type CapState } from "./byte-cap.ts";
import { productToken, type WebClient } from "./web-client.ts";

/** How a host's robots.txt answered (RFC 9309 §2.3.1). */
export type RobotsStatus = "parsed" | "unavailable" | "unreachable";

export interface HostRules {
  readonly status: RobotsStatus;
  isAllowed(url: URL): boolean;
  /** Crawl-delay for our agent, ms (0 when none). */
  readonly crawlDelayMs: number;
  /** Why robots.txt was unavailable or unreachable (`HTTP 503`, `connection failed`); null when parsed. */
  readonly detail: string | null;
}

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB. */
const MAX_ROBOTS_BYTES = 512_000;

/**
 * One run's robots.txt rules, fetched once per origin and cached.
 * 4xx → everything allowed ("unavailable"); 5xx, timeouts and network
 * errors → everything disallowed ("unreachable"), as RFC 9309 §2.3.1.3–4
 * require; redirects are followed up to the client's limit (then "unavailable").
 *
 * @example
 * const robots = new RobotsPolicy(client);
 * (await robots.rulesFor(new URL("https://acme.de/team"))).isAllowed(new URL("https://acme.de/team")); // true
 */
export class RobotsPolicy {
  readonly #hosts = new Map<string, Promise<HostRules>>();

  constructor(private readonly client: WebClient) {}

  rulesFor(url: URL): Promise<HostRules> {
    let rules = this.#hosts.get(url.origin);
    if (!rules) this.#hosts.set(url.origin, (rules = this.#load(url.origin)));
    return rules;
  }

  /** What each origin's robots.txt said, for the run report. */
  async summary(): Promise<Record<string, RobotsStatus>> {
    const entries = await Promise.all([...this.#hosts].map(async ([origin, rules]) => [origin, (await rules).status] as const));
    return Object.fromEntries(entries);
  }

  async #load(origin: string): Promise<HostRules> {
    const agent = productToken(this.client.userAgent);
    let url = new URL("/robots.txt", origin);
    try {
      for (let hop = 0; hop <= this.client.limits.maxRedirects; hop++) {
        const response = await this.client.fetch(this.client.resolve(url), {
          redirect: "manual",
          headers: { "user-agent": this.client.userAgent, accept: "text/plain" },
          signal: AbortSignal.timeout(this.client.limits.timeoutMs),
        });
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel();
          // §2.3.1.2: follow redirects even to another authority; it is one read of a text file.
          url = new URL(location, url);
          continue;
        }
        if (response.status >= 500) {
          await response.body?.cancel();
          return disallowAll(`robots.txt HTTP ${response.status}`);
        }
        if (response.status >= 400) {
          await response.body?.cancel();
          return allowAll("unavailable", `robots.txt HTTP ${response.status}`);
        }
        const text = await readCapped(response);
        const parsed = robotsParser(url.href, text);
        const delay = Number(parsed.getCrawlDelay(agent) ?? 0);
        return {
          status: "parsed",
          // robots-parser answers undefined for a URL on another origin; ours are always the same origin.
          isAllowed: (target) => parsed.isAllowed(new URL(target.pathname + target.search, url).href, agent) !== false,
          crawlDelayMs: Number.isFinite(delay) ? Math.min(delay * 1000, this.client.limits.maxCrawlDelayMs) : 0,
          detail: null,
        };
      }
      return allowAll("unavailable", "robots.txt: too many redirects");
    } catch (e) {
      return disallowAll(e instanceof Error && e.name === "TimeoutError" ? "robots.txt timed out" : "robots.txt: connection failed");
    }
  }
}

const allowAll = (status: RobotsStatus, detail: string): HostRules => ({ status, isAllowed: () => true, crawlDelayMs: 0, detail });
const disallowAll = (detail: string): HostRules => ({ status: "unreachable", isAllowed: () => false, crawlDelayMs: 0, detail });

/** The first 512 KB as UTF-8 (robots.txt is UTF-8 by RFC 9309 §2.3); the rest is ignored, as §2.5 allows. */
async function readCapped(response: Response): Promise<string> {
  if (!response.body) return "";
  const state: CapState = { bytes: 0, exceeded: false };
  const chunks: Uint8Array[] = [];
  const reader = response.body.pipeThrough(capBytes(MAX_ROBOTS_BYTES, state)).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } catch (e) {
    if (!state.exceeded) throw e;
  }
  const decoder = new TextDecoder("utf-8");
  return chunks.map((c) => decoder.decode(c, { stream: true })).join("") + decoder.decode();
}
