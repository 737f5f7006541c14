import { foldText } from "@agentic-sales/shared/web";
import { EXTRACTION_METHODS, type RawPerson } from "./extract/raw-person.ts";
import { cleanPersonName, nameSplits } from "./person-name.ts";
import type { SitePerson } from "./site-person.ts";

/** The people found on one page. */
export interface PagePeopleFound {
  readonly url: string;
  readonly people: readonly RawPerson[];
}

const TITLE_MAX = 120;
const trust = (method: RawPerson["method"]) => EXTRACTION_METHODS.indexOf(method);

/**
 * One record per person across pages and markup kinds, keyed by the folded
 * clean name (so "Jörg Böttcher" in Latin-1 and UTF-8 pages merge). The
 * title comes from the most structured source (JSON-LD > microdata > h-card
 * > team card), then the first page; every sighting is kept as provenance.
 * Raw entries without a plausible personal name are dropped. Pure.
 *
 * @example
 * mergePeople([{ url: "https://acme.de/team", people: [{ name: "Ada Example", title: "CTO", method: "team-card", given: null, family: null, email: null }] }], "2026-05-01T00:00:00Z");
 * // [{ name: "Ada Example", first_name: "Ada", last_name: "Example", title: "CTO", emails: [], sources: [{ url: "https://acme.de/team", method: "team-card", observed_at: "2026-05-01T00:00:00Z" }], … }]
 */
export function mergePeople(pages: readonly PagePeopleFound[], observedAt: string): SitePerson[] {
  const byKey = new Map<string, { person: SitePerson; titleTrust: number }>();
  for (const page of pages) {
    for (const raw of page.people) {
      const name = cleanPersonName(raw.name ?? `${raw.given ?? ""} ${raw.family ?? ""}`);
      if (!name) continue;
      const key = foldText(name);
      const title = raw.title?.replace(/\s+/g, " ").trim().slice(0, TITLE_MAX) || null;
      const source = { url: page.url, method: raw.method, observed_at: observedAt };
      const entry = byKey.get(key);
      if (!entry) {
        const split = raw.given && raw.family && !raw.name ? { first_name: raw.given.trim(), last_name: raw.family.trim() } : nameSplits(name)[0]!;
        const person: SitePerson = { name, first_name: split.first_name, last_name: split.last_name, middle_name: split.middle_name ?? null, title, emails: [], sources: [source] };
        byKey.set(key, { person, titleTrust: title ? trust(raw.method) : Infinity });
        addEmail(person, raw.email);
        continue;
      }
      const { person } = entry;
      if (!person.sources.some((s) => s.url === source.url && s.method === source.method)) person.sources.push(source);
      if (title && trust(raw.method) < entry.titleTrust) {
        byKey.set(key, { person: { ...person, title }, titleTrust: trust(raw.method) });
        addEmail(byKey.get(key)!.person, raw.email);
        continue;
      }
      addEmail(person, raw.email);
    }
  }
  return [...byKey.values()].map((e) => e.person);
}

function addEmail(person: SitePerson, email: string | null): void {
  const address = email?.trim().toLowerCase();
  if (address && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) && !person.emails.includes(address)) person.emails.push(address);
}
