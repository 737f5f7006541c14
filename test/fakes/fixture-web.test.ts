// Runs in the discovery workerd project (its globalSetup starts the server):
// it checks the fixture web the way the crawler sees it, over workerd's fetch.
import { describe, expect, inject, it } from "vitest";
import { BENCH_DOMAIN, BENCH_PAGES } from "./fixture-web.ts";

const origin = () => inject("fixtureWeb").origin;
const get = (path: string, init?: RequestInit) => fetch(`${origin()}${path}`, { redirect: "manual", ...init });

describe("fixture web: sites", () => {
  it("serves a page with type and length", async () => {
    const response = await get("/nordwind-robotik.de/team");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(Number(response.headers.get("content-length"))).toBe((await response.arrayBuffer()).byteLength);
  });

  it.each<{ path: string; status: number; location: string | null }>([
    { path: "/nordwind-robotik.de/about", status: 301, location: "/ueber-uns" },
    { path: "/nordwind-robotik.de/shop", status: 302, location: "https://marktplatz-fixture.com/nordwind" },
    { path: "/greenleaf-dental.co.uk/staff", status: 301, location: "/people" },
  ])("redirects $path in the logical URL space", async ({ path, status, location }) => {
    const response = await get(path);
    expect([response.status, response.headers.get("location")]).toEqual([status, location]);
  });

  it("serves Latin-1 bytes where configured", async () => {
    const response = await get("/nordwind-robotik.de/impressum");
    expect(response.headers.get("content-type")).toBe("text/html; charset=iso-8859-1");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // "ö" is one byte 0xF6 in Latin-1 (two in UTF-8).
    expect(new TextDecoder("latin1").decode(bytes)).toContain("Jörg Böttcher");
    expect(bytes.includes(0xf6)).toBe(true);
  });

  it("answers robots.txt, 404 and a configured 503", async () => {
    expect(await (await get("/nordwind-robotik.de/robots.txt")).text()).toContain("Disallow: /intern/");
    expect((await get("/nordwind-robotik.de/nope")).status).toBe(404);
    expect((await get("/closed-gate.com/robots.txt")).status).toBe(503);
  });

  it("streams a huge page without a Content-Length", async () => {
    const response = await get("/brightpath-analytics.com/resources/catalog");
    expect(response.headers.get("content-length")).toBeNull();
    const reader = response.body!.getReader();
    let bytes = 0;
    while (bytes < 1_000_000) bytes += (await reader.read()).value?.byteLength ?? 0;
    await reader.cancel();
    expect(bytes).toBeGreaterThanOrEqual(1_000_000);
  });

  it("delays a slow page", async () => {
    const started = Date.now();
    const response = await get("/brightpath-analytics.com/press", { signal: AbortSignal.timeout(200) }).catch((e: Error) => e);
    expect(response).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("fails the connection for an unknown host, like DNS would", async () => {
    await expect(get("/unknown-company.example/")).rejects.toThrow();
  });

  it("never serves outside the fixture folder", async () => {
    expect((await get("/nordwind-robotik.de/..%2F_dns.json")).status).toBe(404);
    expect((await get("/nordwind-robotik.de/_site.json")).status).toBe(404);
  });
});

describe("fixture web: DNS-over-HTTPS JSON", () => {
  const dns = (query: string, accept = "application/dns-json") => get(`/dns-query?${query}`, { headers: { accept } });

  it.each<{ query: string; status: number; answers: string[] }>([
    { query: "name=nordwind-robotik.de&type=MX", status: 0, answers: ["10 mx1.nordwind-robotik.de.", "20 mx2.nordwind-robotik.de."] },
    { query: "name=quiet-harbor.io.&type=mx", status: 0, answers: ["0 ."] },
    { query: "name=closed-gate.com&type=MX", status: 0, answers: [] },
    { query: "name=closed-gate.com&type=A", status: 0, answers: ["192.0.2.30"] },
    { query: "name=no-such-company.com&type=MX", status: 3, answers: [] },
    { query: "name=never-heard-of.com&type=MX", status: 3, answers: [] },
  ])("$query → Status $status", async ({ query, status, answers }) => {
    const response = await dns(query);
    expect(response.headers.get("content-type")).toBe("application/dns-json");
    const body = (await response.json()) as { Status: number; Answer?: { data: string; TTL: number }[] };
    expect(body.Status).toBe(status);
    expect((body.Answer ?? []).map((a) => a.data)).toEqual(answers);
  });

  it("needs the dns-json media type (Accept or ct=), a name and a known type", async () => {
    expect((await dns("name=nordwind-robotik.de&type=MX", "*/*")).status).toBe(400);
    expect((await dns("name=nordwind-robotik.de&type=MX&ct=application/dns-json", "*/*")).status).toBe(200);
    expect((await dns("type=MX")).status).toBe(400);
    expect((await dns("name=nordwind-robotik.de&type=SRV")).status).toBe(400);
  });
});

describe("fixture web: the generated benchmark site", () => {
  it(`has ${BENCH_PAGES} pages: home, a team index and team pages with people`, async () => {
    const index = await (await get(`/${BENCH_DOMAIN}/team`)).text();
    expect(index.match(/href="\/team\/p\/\d+"/g)).toHaveLength(BENCH_PAGES - 2);
    const page = await (await get(`/${BENCH_DOMAIN}/team/p/${BENCH_PAGES - 2}`)).text();
    expect(page.match(/class="team-member"/g)).toHaveLength(6);
    expect(page).toContain("application/ld+json");
    expect((await get(`/${BENCH_DOMAIN}/team/p/${BENCH_PAGES - 1}`)).status).toBe(404);
  });
});
