import { describe, expect, it } from "vitest";
import { isOnSite, pageKey, resolveHref, siteOf } from "@agentic-sales/shared/web/site-url.ts";

describe("siteOf / isOnSite", () => {
  it.each<{ url: string; site: string; on: boolean }>([
    { url: "https://acme.de/team", site: "acme.de", on: true },
    { url: "https://www.acme.de/team", site: "acme.de", on: true },
    { url: "http://jobs.acme.co.uk/", site: "acme.co.uk", on: true },
    // A look-alike registrable domain is another site.
    { url: "https://acme.de.evil.com/", site: "evil.com", on: false },
    { url: "https://acme-partner.com/", site: "acme-partner.com", on: false },
    { url: "ftp://acme.de/", site: "acme.de", on: false },
  ])("$url", ({ url, site, on }) => {
    expect(siteOf(new URL(url))).toBe(site);
    expect(isOnSite(new URL(url), "acme.de") || isOnSite(new URL(url), "acme.co.uk")).toBe(on);
  });
});

describe("pageKey", () => {
  it.each<{ url: string; key: string }>([
    { url: "https://Acme.de:443/team/#jobs", key: "https://acme.de/team" },
    { url: "https://acme.de/team", key: "https://acme.de/team" },
    { url: "https://acme.de/", key: "https://acme.de/" },
    { url: "https://acme.de/team?page=2", key: "https://acme.de/team?page=2" },
  ])("$url → $key", ({ url, key }) => expect(pageKey(new URL(url))).toBe(key));
});

describe("resolveHref", () => {
  it.each<{ href: string; base: string; url: string | null }>([
    { href: "../kontakt", base: "https://acme.de/team/", url: "https://acme.de/kontakt" },
    { href: " /about ", base: "https://acme.de/x", url: "https://acme.de/about" },
    { href: "http://[bad", base: "https://acme.de/", url: null },
    { href: "mailto:a@acme.de", base: "https://acme.de/", url: "mailto:a@acme.de" },
  ])("$href", ({ href, base, url }) => expect(resolveHref(href, base)?.href ?? null).toBe(url));
});
