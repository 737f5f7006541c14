import type { SitePerson } from "./site-person.ts";

/** A site person for tests, from a name (split first/last). */
export function sitePerson(name: string, over: Partial<SitePerson> = {}): SitePerson {
  const words = name.split(" ");
  return {
    name,
    first_name: words[0]!,
    last_name: words.at(-1)!,
    middle_name: words.length > 2 ? words.slice(1, -1).join(" ") : null,
    title: null,
    emails: [],
    sources: [{ url: "https://acme.io/team", method: "team-card", observed_at: "2026-05-01T00:00:00.000Z" }],
    ...over,
  };
}
