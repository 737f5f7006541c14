import { crawlSite, type WebClient } from "@agentic-sales/shared/web";
import { scoreContactLink } from "../contact-links.ts";
import { extractPagePeople } from "../extract/page-people.ts";
import type { DiscoverySource } from "./discovery-source.ts";

/** Link hops from the home page: home → team index → team page. */
export const CONTACT_CRAWL_DEPTH = 2;

/**
 * The company's own website as a source: a focused crawl of team, about,
 * imprint and contact pages (robots.txt, caps and same-site rules in the
 * web layer) with every person extractor on every page read.
 *
 * @example
 * const findings = await websiteSource(client).discover({ domain: "acme.de", maxPages: 12 });
 * findings.people; // [{ url: "https://acme.de/team", people: [...] }, …]
 */
export function websiteSource(client: WebClient): DiscoverySource {
  return {
    name: "website",
    async discover({ domain, maxPages }) {
      const crawl = await crawlSite({
        domain,
        client,
        maxPages,
        maxDepth: CONTACT_CRAWL_DEPTH,
        scoreLink: (link) => scoreContactLink(link),
        extract: (scope) => extractPagePeople(scope),
      });
      return {
        pages: crawl.pages,
        robots: crawl.robots,
        people: crawl.read.map((page) => ({ url: page.url, people: page.data.people })),
        mailto: crawl.read.map((page) => ({ url: page.url, mailto: page.mailto })),
      };
    },
  };
}
