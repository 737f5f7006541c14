import { describe, expect, it } from "vitest";
import { fixtureClient } from "../../../../test/fakes/fixture-web-client.ts";
import { fetchPage } from "@agentic-sales/shared/web/fetch-page.ts";
import { isPageSkip } from "@agentic-sales/shared/web/page-skip.ts";
import { readHtml } from "@agentic-sales/shared/web/read-html.ts";
import { RobotsPolicy } from "@agentic-sales/shared/web/robots-policy.ts";
import type { CrawlLimits } from "@agentic-sales/shared/web/web-client.ts";

/** Reads a fixture page, collecting all text, and reports the encoding or the skip. */
async function read(url: string, limits: Partial<CrawlLimits> = {}) {
  const client = fixtureClient(limits);
  const start = new URL(url);
  const page = await fetchPage(start, { client, site: start.hostname, robots: new RobotsPolicy(client) });
  let text = "";
  try {
    const stats = await readHtml(page, client.limits.maxBytes, ({ rewriter }) => rewriter.onDocument({ text: (t) => void (text += t.text) }));
    return { encoding: stats.encoding, bytes: stats.bytes, text };
  } catch (e) {
    if (isPageSkip(e)) return { skip: e.reason };
    throw e;
  }
}

describe("readHtml", () => {
  it.each<{ name: string; url: string; encoding: string; contains: string }>([
    { name: "UTF-8 page", url: "https://nordwind-robotik.de/team", encoding: "utf-8", contains: "Geschäftsführerin" },
    // Served as ISO-8859-1 bytes with the charset in the Content-Type header.
    { name: "Latin-1 by header", url: "https://nordwind-robotik.de/impressum", encoding: "windows-1252", contains: "Jörg Böttcher" },
    // Served as ISO-8859-1 bytes, the charset only in <meta http-equiv>.
    { name: "Latin-1 by meta", url: "https://lumiere-atelier.fr/a-propos", encoding: "windows-1252", contains: "Inès Moreau" },
    { name: "malformed HTML still parses", url: "https://lumiere-atelier.fr/equipe", encoding: "utf-8", contains: "Théo Lambert" },
  ])("$name", async ({ url, encoding, contains }) => {
    const result = await read(url);
    expect(result).toMatchObject({ encoding });
    expect((result as { text: string }).text).toContain(contains);
  });

  it("stops a huge page without a Content-Length at the cap", async () => {
    expect(await read("https://brightpath-analytics.com/resources/catalog", { maxBytes: 500_000 })).toEqual({ skip: "too_large" });
  });

  it("reads a page right under the cap", async () => {
    const result = await read("https://nordwind-robotik.de/team", { maxBytes: 5_000 });
    expect(result).toMatchObject({ encoding: "utf-8" });
    expect((result as { bytes: number }).bytes).toBeLessThanOrEqual(5_000);
  });
});
