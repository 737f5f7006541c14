import { describe, expect, it } from "vitest";
import type { ReadPage } from "@agentic-sales/shared/web";
import { assembleProfile } from "./assemble-profile.ts";
import type { PageFacts } from "./extract/site-facts.ts";

const AS_OF = "2026-05-01T00:00:00.000Z";
const facts = (over: Partial<PageFacts>): PageFacts => ({ title: null, description: null, ogSiteName: null, ogDescription: null, generator: null, lang: null, assets: [], rootIds: [], addresses: [], jsonLd: [], text: "", ...over });
const page = (url: string, data: Partial<PageFacts>, lastModified: string | null = null): ReadPage<PageFacts> => ({ url, lastModified, mailto: [], data: facts(data) });

describe("assembleProfile", () => {
  it("prefers JSON-LD, records provenance and scores quality", () => {
    const profile = assembleProfile(
      "acme.de",
      [
        page("https://acme.de/", {
          title: "Acme – Robots",
          description: "Robotik und Automatisierung für die Fertigung.",
          generator: "WordPress 6",
          lang: "de",
          jsonLd: [{ "@type": "Organization", name: "Acme GmbH", numberOfEmployees: 85, address: { addressLocality: "Hamburg", addressCountry: "DE" } }],
        }),
      ],
      AS_OF,
    );
    expect(profile).toMatchObject({
      name: "Acme GmbH",
      hq_location: "Hamburg, Germany",
      hq_country_declared: "DE",
      industry: { label: "industrial_automation" },
      employee_count: { min: 85, max: 85, method: "json-ld" },
      tech_signals: [{ name: "WordPress" }],
      languages: ["de"],
      quality: { quality: 1, completeness: 1, band: "stable", missing: [] },
    });
    expect(profile.sources.name).toEqual({ url: "https://acme.de/", observed_at: AS_OF, method: "json-ld" });
  });

  it("falls back to meta tags, titles and address text", () => {
    const profile = assembleProfile(
      "acme.de",
      [page("https://acme.de/", { title: "Acme | Home", ogDescription: "Things." }), page("https://acme.de/impressum", { addresses: ["Acme, Hauptstr. 1, 20095 Hamburg, Deutschland"], text: "Wir sind 12 Mitarbeiter." })],
      AS_OF,
    );
    expect(profile).toMatchObject({ name: "Acme", description: "Things.", hq_location: "20095 Hamburg, Deutschland", employee_count: { min: 12, method: "text" } });
    expect(profile.sources.hq_location?.url).toBe("https://acme.de/impressum");
  });

  it("dates a field by its page's Last-Modified, so old pages lower freshness", () => {
    const fresh = assembleProfile("acme.de", [page("https://acme.de/", { title: "Acme", text: "85 employees" })], AS_OF);
    const stale = assembleProfile("acme.de", [page("https://acme.de/", { title: "Acme", text: "85 employees" }, "2024-05-01T00:00:00.000Z")], AS_OF);
    expect(stale.quality.freshness).toBeLessThan(fresh.quality.freshness);
    expect(stale.quality.stale_fields).toContain("employee_count");
  });

  it("nothing read: only the domain is known", () => {
    expect(assembleProfile("acme.de", [], AS_OF).quality).toMatchObject({ completeness: 0.2, missing: ["name", "hq_location", "industry", "employee_count", "description", "tech_signals"] });
    expect(assembleProfile(null, [], AS_OF).quality.quality).toBe(0);
  });
});
