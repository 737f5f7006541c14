import { describe, expect, it } from "vitest";
import { fixtureClient } from "../../../../test/fakes/fixture-web-client.ts";
import { RobotsPolicy, type RobotsStatus } from "@agentic-sales/shared/web/robots-policy.ts";

describe("RobotsPolicy", () => {
  it.each<{ origin: string; status: RobotsStatus; allowed: string[]; disallowed: string[]; delay: number }>([
    { origin: "https://nordwind-robotik.de", status: "parsed", allowed: ["/", "/team", "/internal"], disallowed: ["/intern/", "/intern/mitarbeiter"], delay: 0 },
    { origin: "https://brightpath-analytics.com", status: "parsed", allowed: ["/team", "/team/"], disallowed: ["/team/board", "/team/board/x"], delay: 0 },
    // 404 robots.txt: RFC 9309 "unavailable", everything allowed.
    { origin: "https://solaris-energia.es", status: "unavailable", allowed: ["/", "/equipo"], disallowed: [], delay: 0 },
    // 503 robots.txt: "unreachable", nothing allowed.
    { origin: "https://closed-gate.com", status: "unreachable", allowed: [], disallowed: ["/", "/team"], delay: 0 },
    { origin: "https://greenleaf-dental.co.uk", status: "parsed", allowed: ["/", "/practice"], disallowed: [], delay: 1000 },
  ])("$origin: $status", async ({ origin, status, allowed, disallowed, delay }) => {
    const rules = await new RobotsPolicy(fixtureClient()).rulesFor(new URL(origin));
    expect(rules.status).toBe(status);
    for (const path of allowed) expect(rules.isAllowed(new URL(path, origin)), path).toBe(true);
    for (const path of disallowed) expect(rules.isAllowed(new URL(path, origin)), path).toBe(false);
    expect(rules.crawlDelayMs).toBe(delay);
  });

  it("caps a long Crawl-delay at maxCrawlDelayMs", async () => {
    const rules = await new RobotsPolicy(fixtureClient({ maxCrawlDelayMs: 250 })).rulesFor(new URL("https://greenleaf-dental.co.uk/"));
    expect(rules.crawlDelayMs).toBe(250);
  });

  it("caches rules per origin and reports each origin once", async () => {
    const policy = new RobotsPolicy(fixtureClient());
    await Promise.all([policy.rulesFor(new URL("https://quiet-harbor.io/a")), policy.rulesFor(new URL("https://quiet-harbor.io/b"))]);
    expect(await policy.summary()).toEqual({ "https://quiet-harbor.io": "unavailable" });
  });
});
