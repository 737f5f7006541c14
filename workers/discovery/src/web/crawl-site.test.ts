import { describe, expect, it } from "vitest";
import { fixtureClient } from "../../../../test/fakes/fixture-web-client.ts";
import { crawlSite, type CrawlOptions } from "@agentic-sales/shared/web/crawl-site.ts";
import { foldText } from "@agentic-sales/shared/web/fold-text.ts";

const byWords = (words: string[]) => (link: { text: string; url: URL }) => (words.some((w) => foldText(`${link.text} ${link.url.pathname}`).includes(w)) ? 1 : 0);
const titles: CrawlOptions<() => string>["extract"] = ({ rewriter, onEndTag }) => {
  let title = "";
  let open = false;
  rewriter.on("title", { element: (el) => ((open = true), onEndTag(el, () => void (open = false))), text: (t) => void (open && (title += t.text)) });
  return () => () => title;
};

describe("crawlSite", () => {
  it("visits the home page, then scored links, one report per page, deterministic", async () => {
    const run = () =>
      crawlSite({ domain: "nordwind-robotik.de", client: fixtureClient(), maxPages: 10, maxDepth: 2, scoreLink: byWords(["team", "uber uns", "impressum", "intern"]), extract: titles });
    const first = await run();
    expect(first.pages.map((p) => [new URL(p.url).pathname, p.outcome, p.reason])).toEqual([
      ["/", "read", null],
      ["/about", "read", null],
      ["/team", "read", null],
      ["/intern/mitarbeiter", "skipped", "robots_disallowed"],
      ["/impressum", "read", null],
    ]);
    expect(first.read.map((p) => p.data())).toEqual([
      "Nordwind Robotik – Greifer und Zellen für die Intralogistik",
      "Über uns – Nordwind Robotik",
      "Unser Team – Nordwind Robotik",
      "Impressum - Nordwind Robotik",
    ]);
    // The redirect's final URL is what the read page reports.
    expect(first.read[1]?.url).toBe("https://nordwind-robotik.de/ueber-uns");
    expect(first.robots).toEqual({ "https://nordwind-robotik.de": "parsed" });
    expect((await run()).pages).toEqual(first.pages);
  });

  it("stops at maxPages", async () => {
    const { pages } = await crawlSite({ domain: "nordwind-robotik.de", client: fixtureClient(), maxPages: 2, maxDepth: 2, scoreLink: () => 1, extract: titles });
    expect(pages).toHaveLength(2);
  });

  it("stays on the site and skips file links", async () => {
    const { pages } = await crawlSite({ domain: "nordwind-robotik.de", client: fixtureClient(), maxPages: 30, maxDepth: 1, scoreLink: () => 1, extract: titles });
    const paths = pages.map((p) => p.url);
    expect(paths.every((u) => new URL(u).hostname === "nordwind-robotik.de")).toBe(true);
    expect(paths.some((u) => u.endsWith(".pdf"))).toBe(false);
    expect(pages.find((p) => p.url.endsWith("/shop"))).toMatchObject({ outcome: "skipped", reason: "redirect_off_site" });
  });

  it("honours Crawl-delay: one request at a time, spaced by the delay", async () => {
    const sleeps: number[] = [];
    const client = fixtureClient({ concurrency: 4 }, { sleep: async (ms) => void sleeps.push(ms) });
    const { pages } = await crawlSite({ domain: "greenleaf-dental.co.uk", client, maxPages: 4, maxDepth: 1, scoreLink: () => 1, extract: titles });
    expect(sleeps).toEqual(Array(pages.length - 1).fill(1000));
  });

  it("reports an unreachable site as one skipped page", async () => {
    const { pages, read } = await crawlSite({ domain: "no-such-company.com", client: fixtureClient(), maxPages: 5, maxDepth: 1, scoreLink: () => 1, extract: titles });
    expect(read).toEqual([]);
    expect(pages).toMatchObject([{ url: "https://no-such-company.com/", outcome: "skipped", reason: "robots_unreachable" }]);
  });
});
