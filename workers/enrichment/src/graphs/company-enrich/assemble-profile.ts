import { foldText, type ReadPage } from "@agentic-sales/shared/web";
import { scoreRecord, type RecordFields } from "../company-quality/score-record.ts";
import type { CompanyEnrichOutput } from "./enrich-schemas.ts";
import { employeesFromJsonLd, employeesFromText, type EmployeeCount } from "./extract/employee-count.ts";
import { industryOf } from "./extract/industry-rules.ts";
import { orgsFromJsonLd } from "./extract/org-json-ld.ts";
import { hqFromAddressText, hqFromPostalAddress, type HqLocation } from "./extract/postal-address.ts";
import type { PageFacts } from "./extract/site-facts.ts";
import { techSignals, type TechSignal } from "./extract/tech-fingerprints.ts";

type Profile = Pick<CompanyEnrichOutput, "name" | "description" | "hq_location" | "hq_country_declared" | "industry" | "employee_count" | "tech_signals" | "languages" | "sources" | "quality">;
type Found<T> = { value: T; url: string; observedAt: string; method: string } | null;

/** Title separators: "Acme – Robots for …", "Acme | …". */
const TITLE_SPLIT = /\s+[|–—\-:·]\s+/;

/**
 * The company profile from the pages read (home first): each field from the
 * most structured source that has it (JSON-LD, then meta tags, then text),
 * with provenance, and the composite quality of the result (completeness ×
 * freshness, reusing company_quality's per-field half-lives; `domain` is
 * null when it was not a usable domain). A field's
 * observation date is its page's Last-Modified when the server sent one,
 * else the run's clock. Pure.
 *
 * @example
 * assembleProfile("acme.de", pages, "2026-05-01T00:00:00Z").hq_location; // "Hamburg, Germany"
 */
export function assembleProfile(domain: string | null, pages: readonly ReadPage<PageFacts>[], asOf: string): Profile {
  const dated = (page: ReadPage<PageFacts>) => page.lastModified ?? asOf;
  const first = <T>(pick: (p: ReadPage<PageFacts>) => { value: T | null | undefined; method: string } | null): Found<T> => {
    for (const page of pages) {
      const got = pick(page);
      if (got && got.value !== null && got.value !== undefined) return { value: got.value, url: page.url, observedAt: dated(page), method: got.method };
    }
    return null;
  };
  const org = (p: ReadPage<PageFacts>) => orgsFromJsonLd(p.data.jsonLd)[0];
  const name = first<string>((p) => ({ value: org(p)?.name ?? org(p)?.legalName, method: "json-ld" })) ?? first<string>((p) => ({ value: p.data.ogSiteName, method: "og:site_name" })) ?? first<string>((p) => ({ value: p.data.title?.split(TITLE_SPLIT)[0]?.trim() || null, method: "title" }));
  const description = first<string>((p) => ({ value: p.data.description, method: "meta description" })) ?? first<string>((p) => ({ value: p.data.ogDescription, method: "og:description" })) ?? first<string>((p) => ({ value: org(p)?.description, method: "json-ld" }));
  const hq = first<HqLocation>((p) => ({ value: hqFromPostalAddress(org(p)?.address ?? null), method: "json-ld" })) ?? first<HqLocation>((p) => ({ value: p.data.addresses.map(hqFromAddressText).find(Boolean), method: "address" }));
  const employees = first<EmployeeCount>((p) => ({ value: employeesFromJsonLd(org(p)?.numberOfEmployees ?? null), method: "json-ld" })) ?? first<EmployeeCount>((p) => ({ value: employeesFromText(foldText(p.data.text)), method: "text" }));
  const corpus = [name?.value, description?.value, ...pages.map((p) => `${p.data.title ?? ""} ${org(p)?.description ?? ""} ${p.data.text.slice(0, 5_000)}`)].join(" \n ");
  const industryGuess = industryOf(corpus);
  const industry: Found<NonNullable<typeof industryGuess>> = industryGuess && pages[0] ? { value: industryGuess, url: pages[0].url, observedAt: dated(pages[0]), method: "keywords" } : null;
  const tech = dedupeTech(pages.flatMap((p) => techSignals(p.data, p.url)));
  const techFound: Found<TechSignal[]> = tech.length && pages[0] ? { value: tech, url: pages[0].url, observedAt: dated(pages[0]), method: "fingerprints" } : null;
  const found = { name, description, hq_location: hq, industry, employee_count: employees, tech_signals: techFound };
  const fields: RecordFields = {
    domain: domain ? { value: domain, observed_at: asOf } : null,
    ...Object.fromEntries(Object.entries(found).map(([k, f]) => [k, f ? { value: f.value, observed_at: f.observedAt } : null])),
  };
  const { field_scores: _scores, ...quality } = scoreRecord(fields, asOf);
  return {
    name: name?.value ?? null,
    description: description?.value ?? null,
    hq_location: hq?.value.location ?? null,
    hq_country_declared: hq?.value.countryDeclared ?? null,
    industry: industry?.value ?? null,
    employee_count: employees?.value ?? null,
    tech_signals: tech,
    languages: [...new Set(pages.map((p) => p.data.lang).filter((l): l is string => !!l))],
    sources: Object.fromEntries(Object.entries(found).flatMap(([k, f]) => (f ? [[k, { url: f.url, observed_at: f.observedAt, method: f.method }]] : []))),
    quality,
  };
}

function dedupeTech(signals: TechSignal[]): TechSignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => !seen.has(s.name) && !!seen.add(s.name));
}
