import "../../../../shared/src/runtime/async-local-storage.ts";
import { describe, expect, inject, it } from "vitest";
import type { DiscoveryEnv } from "../env.ts";
import { discoveryServicesOf } from "../services.ts";
import { buildGraph, contract, PROMPT_VERSION } from "./contact-discovery.ts";
import type { ContactDiscoveryOutput } from "./contact-discovery/discovery-schemas.ts";
import type { DiscoverySource } from "./contact-discovery/sources/discovery-source.ts";

const AS_OF = "2026-05-01T00:00:00Z";
const services = () => {
  const web = inject("fixtureWeb");
  return discoveryServicesOf({ DOH_URL: web.dohUrl, SITE_ORIGIN_TEMPLATE: web.originTemplate, FETCH_TIMEOUT_MS: "2000" } as DiscoveryEnv);
};
const run = async (input: Record<string, unknown>, s = services()): Promise<ContactDiscoveryOutput> =>
  contract.output.parse(await buildGraph({ services: s }).compile().invoke(contract.input.parse(input)));

describe("contact_discovery on the fixture web", () => {
  it("finds the team of a German site: team cards, Latin-1 imprint, pattern from the site, MX", async () => {
    const out = await run({ domain: "https://www.nordwind-robotik.de/", as_of: AS_OF });
    expect(out.skip_reason).toBeNull();
    expect(out.contacts.map((c) => [c.name, c.title])).toEqual([
      ["Henrike Albers", "Geschäftsführerin"],
      ["Jannis Oltmanns", "CTO, Leiter Entwicklung"],
      ["Merle Fockenga", "Vertriebsleiterin"],
      ["Tjark Ubben", "Softwareentwickler"],
      ["Jörg Böttcher", "Prokurist, Leiter Finanzen"],
    ]);
    expect(out.email_pattern).toEqual({ pattern: "first.last", evidence: ["henrike.albers@nordwind-robotik.de"] });
    expect(out.contacts[1]?.emails[0]).toEqual({ address: "jannis.oltmanns@nordwind-robotik.de", source: "inferred", pattern: "first.last", confidence: 0.9, role: false });
    expect(out.contacts[4]?.emails[0]?.address).toBe("jorg.bottcher@nordwind-robotik.de");
    expect(out.mx).toMatchObject({ status: "mx", accepts_mail: true });
    expect(out.addresses.filter((a) => a.kind === "role").map((a) => a.address)).toEqual(["info@nordwind-robotik.de", "jobs@nordwind-robotik.de"]);
    expect(out.pages.find((p) => p.url.endsWith("/intern/mitarbeiter"))).toMatchObject({ outcome: "skipped", reason: "robots_disallowed" });
    expect(out.pages.find((p) => p.url.endsWith("/impressum"))).toMatchObject({ outcome: "read", encoding: "windows-1252" });
  });

  it("stamps every contact with provenance from the run's clock", async () => {
    const out = await run({ domain: "lumiere-atelier.fr", as_of: AS_OF });
    expect(out.contacts.length).toBeGreaterThan(0);
    for (const contact of out.contacts) {
      expect(contact.sources.length).toBeGreaterThan(0);
      for (const source of contact.sources) {
        expect(source.observed_at).toBe("2026-05-01T00:00:00.000Z");
        expect(new URL(source.url).hostname).toBe("lumiere-atelier.fr");
      }
    }
    expect(new Set(out.contacts.flatMap((c) => c.sources.map((s) => s.method)))).toEqual(new Set(["h-card", "team-card"]));
  });

  it.each<{ domain: string; names: string[]; pattern: string | null }>([
    { domain: "brightpath-analytics.com", names: ["Priya Ramanathan", "Marcus Delacroix-Webb", "Yuki Tanabe", "Oluwaseun Adeyemi"], pattern: "first" },
    { domain: "solaris-energia.es", names: ["Lucía Fernández Ortega", "Mateo Sánchez", "Carmen Ruiz"], pattern: "flast" },
    { domain: "greenleaf-dental.co.uk", names: ["Amara Okafor", "Rhys Pritchard"], pattern: "first" },
  ])("$domain: JSON-LD / microdata / microformats people and pattern", async ({ domain, names, pattern }) => {
    const out = await run({ domain, as_of: AS_OF });
    expect(out.contacts.map((c) => c.name)).toEqual(names);
    expect(out.email_pattern?.pattern ?? null).toBe(pattern);
  });

  it.each<{ domain: string; skip: string }>([
    { domain: "gmail.com", skip: "free_mail_domain" },
    { domain: "yopmail.com", skip: "disposable_domain" },
    { domain: "198.51.100.7", skip: "ip_address" },
    { domain: "intranet.corp", skip: "invalid_domain" },
  ])("$domain is skipped ($skip) without a request", async ({ domain, skip }) => {
    const out = await run({ domain, as_of: AS_OF });
    expect(out).toMatchObject({ skip_reason: skip, contacts: [], pages: [], prompt_version: PROMPT_VERSION });
  });

  it("a site it cannot read gives no people, a reason per page, and still the DNS answer", async () => {
    const out = await run({ domain: "no-such-company.com", as_of: AS_OF });
    expect(out).toMatchObject({ skip_reason: null, contacts: [], mx: { status: "nxdomain", accepts_mail: false } });
    expect(out.pages).toMatchObject([{ outcome: "skipped", reason: "robots_unreachable" }]);
  });

  it("infers no addresses for a domain with a null MX", async () => {
    const out = await run({ domain: "quiet-harbor.io", as_of: AS_OF });
    expect(out.mx).toMatchObject({ status: "null_mx", accepts_mail: false });
    expect(out.contacts.flatMap((c) => c.emails.filter((e) => e.source === "inferred"))).toEqual([]);
  });

  it("respects max_pages", async () => {
    const out = await run({ domain: "nordwind-robotik.de", as_of: AS_OF, max_pages: 2 });
    expect(out.pages).toHaveLength(2);
  });

  it("turns a failing source into a source error, not a failed run", async () => {
    const broken: DiscoverySource = { name: "broken", discover: () => Promise.reject(new Error("boom")) };
    const s = services();
    const out = await run({ domain: "solaris-energia.es", as_of: AS_OF }, { ...s, sources: [...s.sources, broken] });
    expect(out.source_errors).toEqual([{ source: "broken", message: "boom" }]);
    expect(out.contacts).toHaveLength(3);
  });
});

describe("contact_discovery contract", () => {
  it.each<{ input: unknown; ok: boolean }>([
    { input: { domain: "acme.io" }, ok: true },
    { input: { domain: "acme.io", as_of: "2026-05-01", max_pages: 5 }, ok: true },
    { input: { domain: "acme.io", extra: 1 }, ok: false },
    { input: { domain: "" }, ok: false },
    { input: { domain: "acme.io", max_pages: 0 }, ok: false },
    { input: { domain: "acme.io", max_pages: 251 }, ok: false },
    { input: { domain: "acme.io", as_of: "2026-05-01T10:00:00" }, ok: false },
  ])("$input → $ok", ({ input, ok }) => expect(contract.input.safeParse(input).success).toBe(ok));

  it("output ignores unknown keys", () => {
    const minimal = { domain: "a.io", contacts: [], addresses: [], email_pattern: null, mx: null, domain_flags: { free_mail: false, disposable: false }, pages: [], robots: {}, source_errors: [], skip_reason: null, observed_at: AS_OF, prompt_version: PROMPT_VERSION, provider: "offline" };
    expect(contract.output.parse({ ...minimal, future_field: 1 })).toEqual(minimal);
  });
});
