import { describe, expect, it } from "vitest";
import { peopleFromJsonLd } from "./json-ld-people.ts";

describe("peopleFromJsonLd", () => {
  it.each<{ name: string; values: unknown[]; people: { name: string | null; given?: string | null; family?: string | null; title: string | null; email: string | null }[] }>([
    { name: "top-level Person", values: [{ "@type": "Person", name: "Ada Example", jobTitle: "CTO" }], people: [{ name: "Ada Example", title: "CTO", email: null }] },
    {
      name: "@graph with type spellings",
      values: [{ "@graph": [{ "@type": ["Person"], name: "A One" }, { "@type": "schema:Person", name: "B Two" }, { "@type": "http://schema.org/Person", name: "C Three" }, { "@type": "Organization", name: "Acme" }] }],
      people: [{ name: "A One", title: null, email: null }, { name: "B Two", title: null, email: null }, { name: "C Three", title: null, email: null }],
    },
    {
      name: "nested employee, DefinedTerm title, mailto email",
      values: [{ "@type": "Organization", employee: [{ "@type": "Person", givenName: "Dee", familyName: "Four", jobTitle: { "@type": "DefinedTerm", name: "VP Sales" }, email: "mailto:Dee@Acme.io" }] }],
      people: [{ name: null, given: "Dee", family: "Four", title: "VP Sales", email: "dee@acme.io" }],
    },
    { name: "Person without any name dropped", values: [{ "@type": "Person", jobTitle: "CEO" }], people: [] },
    { name: "PersonalTrainer is not Person", values: [{ "@type": "PersonalTrainer", name: "Gym" }], people: [] },
    { name: "scalars and nulls", values: [null, 3, "x", [[]]], people: [] },
  ])("$name", ({ values, people }) => {
    expect(peopleFromJsonLd(values).map(({ name, given, family, title, email }) => ({ name, ...(given ? { given, family } : {}), title, email }))).toEqual(people);
  });

  it("stops on a cyclic or very deep value", () => {
    let deep: Record<string, unknown> = { "@type": "Person", name: "Deep Down" };
    for (let i = 0; i < 50; i++) deep = { child: deep };
    expect(peopleFromJsonLd([deep])).toEqual([]);
  });
});
