import { describe, expect, it } from "vitest";
import type { RawPerson } from "./extract/raw-person.ts";
import { mergePeople } from "./merge-people.ts";

const AT = "2026-05-01T00:00:00.000Z";
const raw = (over: Partial<RawPerson>): RawPerson => ({ name: null, given: null, family: null, title: null, email: null, method: "team-card", ...over });

describe("mergePeople", () => {
  it("merges one person across pages and markup kinds, keeping every sighting", () => {
    const merged = mergePeople(
      [
        { url: "https://acme.io/team", people: [raw({ name: "Jörg Böttcher", title: "Prokurist" })] },
        { url: "https://acme.io/impressum", people: [raw({ name: "Jörg  Böttcher", title: "Leiter Finanzen", method: "json-ld", email: "J.Bottcher@acme.io" })] },
      ],
      AT,
    );
    expect(merged).toEqual([
      {
        name: "Jörg Böttcher",
        first_name: "Jörg",
        last_name: "Böttcher",
        middle_name: null,
        // JSON-LD outranks a team card for the title.
        title: "Leiter Finanzen",
        emails: ["j.bottcher@acme.io"],
        sources: [
          { url: "https://acme.io/team", method: "team-card", observed_at: AT },
          { url: "https://acme.io/impressum", method: "json-ld", observed_at: AT },
        ],
      },
    ]);
  });

  it.each<{ name: string; people: RawPerson[]; names: string[] }>([
    { name: "given + family names", people: [raw({ given: "Bastien", family: "Roux", method: "h-card" })], names: ["Bastien Roux"] },
    { name: "honorific dropped", people: [raw({ name: "Dr Amara Okafor" })], names: ["Amara Okafor"] },
    { name: "headings that are not names dropped", people: [raw({ name: "Unser Team" }), raw({ name: "Kontakt" })], names: [] },
    { name: "same person twice on a page kept once", people: [raw({ name: "Ada Example" }), raw({ name: "ADA EXAMPLE" })], names: ["Ada Example"] },
  ])("$name", ({ people, names }) => {
    expect(mergePeople([{ url: "https://acme.io/", people }], AT).map((p) => p.name)).toEqual(names);
  });

  it("drops malformed emails", () => {
    expect(mergePeople([{ url: "https://acme.io/", people: [raw({ name: "Ada Example", email: "not-an-address" })] }], AT)[0]?.emails).toEqual([]);
  });
});
