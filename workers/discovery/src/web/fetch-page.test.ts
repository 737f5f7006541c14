import { describe, expect, it } from "vitest";
import { fixtureClient, servedPaths } from "../../../../test/fakes/fixture-web-client.ts";
import { fetchPage } from "@agentic-sales/shared/web/fetch-page.ts";
import { isPageSkip, type PageSkipReason } from "@agentic-sales/shared/web/page-skip.ts";
import { RobotsPolicy } from "@agentic-sales/shared/web/robots-policy.ts";
import type { CrawlLimits, WebClient } from "@agentic-sales/shared/web/web-client.ts";

interface Row {
  readonly name: string;
  readonly url: string;
  readonly limits?: Partial<CrawlLimits>;
  readonly userAgent?: string;
  /** The final URL for a page that is fetched, or the skip reason. */
  readonly expected: { final: string } | { skip: PageSkipReason; detail?: RegExp };
}

async function outcome(url: string, client: WebClient): Promise<{ final: string } | { skip: PageSkipReason; detail: string | null }> {
  const start = new URL(url);
  const site = start.hostname.replace(/^www\./, "");
  try {
    const page = await fetchPage(start, { client, site, robots: new RobotsPolicy(client) });
    await page.body.cancel();
    return { final: page.url.href };
  } catch (e) {
    if (isPageSkip(e)) return { skip: e.reason, detail: e.detail };
    throw e;
  }
}

describe("fetchPage against the fixture web", () => {
  it.each<Row>([
    { name: "a plain page", url: "https://nordwind-robotik.de/team", expected: { final: "https://nordwind-robotik.de/team" } },
    { name: "same-site redirect is followed", url: "https://nordwind-robotik.de/about", expected: { final: "https://nordwind-robotik.de/ueber-uns" } },
    { name: "absolute same-site redirect", url: "https://brightpath-analytics.com/people", expected: { final: "https://brightpath-analytics.com/team" } },
    { name: "off-site redirect is refused, not followed", url: "https://nordwind-robotik.de/shop", expected: { skip: "redirect_off_site", detail: /marktplatz-fixture\.com/ } },
    { name: "redirect loop", url: "https://greenleaf-dental.co.uk/staff", expected: { skip: "redirect_loop" } },
    // maxRedirects 0: the first hop already exceeds it.
    { name: "too many redirects", url: "https://nordwind-robotik.de/about", limits: { maxRedirects: 0 }, expected: { skip: "too_many_redirects" } },
    { name: "robots.txt disallows the path", url: "https://nordwind-robotik.de/intern/mitarbeiter", expected: { skip: "robots_disallowed", detail: /\/intern\/mitarbeiter/ } },
    { name: "our agent's robots group allows what * disallows", url: "https://lumiere-atelier.fr/equipe", expected: { final: "https://lumiere-atelier.fr/equipe" } },
    { name: "another agent falls under the * group", url: "https://lumiere-atelier.fr/equipe", userAgent: "OtherBot/1.0", expected: { skip: "robots_disallowed" } },
    { name: "our agent's own group disallows", url: "https://lumiere-atelier.fr/prive/atelier", expected: { skip: "robots_disallowed" } },
    { name: "robots.txt 5xx means disallow everything", url: "https://closed-gate.com/", expected: { skip: "robots_unreachable", detail: /HTTP 503/ } },
    { name: "unreachable host", url: "https://no-such-company.com/", expected: { skip: "robots_unreachable", detail: /connection failed/ } },
    { name: "404", url: "https://nordwind-robotik.de/datenschutz", expected: { skip: "http_error", detail: /^404$/ } },
    { name: "not HTML", url: "https://nordwind-robotik.de/robots.txt", expected: { skip: "not_html", detail: /text\/plain/ } },
    { name: "slow page hits the timeout", url: "https://brightpath-analytics.com/press", limits: { timeoutMs: 300 }, expected: { skip: "timeout" } },
    { name: "declared size over the cap", url: "https://nordwind-robotik.de/team", limits: { maxBytes: 100 }, expected: { skip: "too_large", detail: /declared/ } },
    { name: "not http(s)", url: "ftp://nordwind-robotik.de/", expected: { skip: "unsupported_scheme" } },
  ])("$name", async ({ url, limits, userAgent, expected }) => {
    const client = fixtureClient(limits, userAgent ? { userAgent } : {});
    const got = await outcome(url, client);
    if ("final" in expected) return expect(got).toEqual(expected);
    expect(got).toMatchObject({ skip: expected.skip });
    if (expected.detail) expect((got as { detail: string }).detail).toMatch(expected.detail);
  });

  it("never requests a robots-disallowed path", async () => {
    await outcome("https://nordwind-robotik.de/intern/mitarbeiter", fixtureClient());
    expect(await servedPaths("nordwind-robotik.de")).not.toContain("/intern/mitarbeiter");
  });

  it("never requests the off-site redirect target", async () => {
    await outcome("https://brightpath-analytics.com/leadership", fixtureClient());
    expect(await servedPaths("brightpath-holdings-fixture.com")).toEqual([]);
  });

  it("sends our User-Agent and asks for HTML", async () => {
    const { origin } = (await import("vitest")).inject("fixtureWeb");
    await outcome("https://solaris-energia.es/equipo", fixtureClient({}, { userAgent: "UATestBot/9" }));
    const log = (await (await fetch(`${origin}/__requests?domain=solaris-energia.es`)).json()) as { path: string; userAgent: string; accept: string }[];
    expect(log.find((r) => r.path === "/solaris-energia.es/equipo" && r.userAgent === "UATestBot/9")?.accept).toMatch(/text\/html/);
  });
});
