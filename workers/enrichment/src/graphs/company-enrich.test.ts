import "../../../../shared/src/runtime/async-local-storage.ts";
import { describe, expect, inject, it } from "vitest";
import type { EnrichmentEnv } from "../env.ts";
import { enrichmentServicesOf } from "../services.ts";
import { buildGraph, contract, PROMPT_VERSION } from "./company-enrich.ts";
import type { CompanyEnrichOutput } from "./company-enrich/enrich-schemas.ts";

const AS_OF = "2026-05-01T00:00:00Z";
const services = () => enrichmentServicesOf({ SITE_ORIGIN_TEMPLATE: inject("fixtureWeb").originTemplate, FETCH_TIMEOUT_MS: "2000" } as EnrichmentEnv);
const run = async (input: Record<string, unknown>): Promise<CompanyEnrichOutput> =>
  contract.output.parse(await buildGraph({ services: services() }).compile().invoke(contract.input.parse({ as_of: AS_OF, ...input })));

describe("company_enrich on the fixture web", () => {
  it.each<{ domain: string; name: string; hq: string; industry: string; employees: number; tech: string[] }>([
    { domain: "nordwind-robotik.de", name: "Nordwind Robotik GmbH", hq: "Hamburg, Germany", industry: "industrial_automation", employees: 85, tech: ["WordPress", "Google Tag Manager", "Google Fonts"] },
    { domain: "lumiere-atelier.fr", name: "Lumière Atelier SAS", hq: "Lyon, France", industry: "apparel", employees: 24, tech: ["Shopify"] },
    { domain: "brightpath-analytics.com", name: "Brightpath Analytics, Inc.", hq: "Austin, TX, United States", industry: "software", employees: 51, tech: ["Next.js", "Cloudflare Web Analytics", "HubSpot", "Stripe"] },
    { domain: "solaris-energia.es", name: "Solaris Energía", hq: "41003 Sevilla, España", industry: "energy", employees: 120, tech: ["Wix"] },
    { domain: "greenleaf-dental.co.uk", name: "Greenleaf Dental Practice Ltd", hq: "Bristol, United Kingdom", industry: "healthcare", employees: 14, tech: ["Squarespace"] },
  ])("$domain", async ({ domain, name, hq, industry, employees, tech }) => {
    const out = await run({ domain });
    expect(out).toMatchObject({ name, hq_location: hq, industry: { label: industry }, employee_count: { min: employees }, skip_reason: null, prompt_version: PROMPT_VERSION });
    expect(out.tech_signals.map((t) => t.name)).toEqual(tech);
    expect(out.quality.completeness).toBe(1);
    for (const source of Object.values(out.sources)) expect(new URL(source.url).hostname).toBe(domain);
  });

  it("old pages make a stale record (Last-Modified dates the facts)", async () => {
    const out = await run({ domain: "greenleaf-dental.co.uk" });
    expect(out.quality.band).toBe("stale");
    expect(out.quality.stale_fields).toContain("tech_signals");
  });

  it("a site behind a 503 robots.txt: nothing read, a reason, a low score", async () => {
    const out = await run({ domain: "closed-gate.com" });
    expect(out).toMatchObject({ name: null, hq_location: null, quality: { completeness: 0.2, band: "stale" } });
    expect(out.pages).toMatchObject([{ outcome: "skipped", reason: "robots_unreachable" }]);
  });

  it.each([
    { domain: "192.0.2.1", skip: "ip_address" },
    { domain: "intranet.local", skip: "invalid_domain" },
  ])("$domain is skipped ($skip)", async ({ domain, skip }) => {
    const out = await run({ domain });
    expect(out).toMatchObject({ skip_reason: skip, pages: [], name: null, quality: { quality: 0 } });
  });

  it("max_pages 1 reads the home page only", async () => {
    const out = await run({ domain: "nordwind-robotik.de", max_pages: 1 });
    expect(out.pages.map((p) => p.url)).toEqual(["https://nordwind-robotik.de/"]);
  });
});

describe("company_enrich contract", () => {
  it.each<{ input: unknown; ok: boolean }>([
    { input: { domain: "acme.de" }, ok: true },
    { input: { domain: "acme.de", max_pages: 31 }, ok: false },
    { input: { domain: "acme.de", country: "DE" }, ok: false },
  ])("$input → $ok", ({ input, ok }) => expect(contract.input.safeParse(input).success).toBe(ok));
});
