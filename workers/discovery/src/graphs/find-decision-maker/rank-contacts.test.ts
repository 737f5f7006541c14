import { describe, expect, it } from "vitest";
import type { Persona } from "./decision-schemas.ts";
import { BELOW_MIN_PENALTY, rankContacts, scoreContact } from "./rank-contacts.ts";

const team = [
  { name: "Henrike Albers", title: "Geschäftsführerin" },
  { name: "Jannis Oltmanns", title: "CTO, Leiter Entwicklung" },
  { name: "Merle Fockenga", title: "Vertriebsleiterin" },
  { name: "Tjark Ubben", title: "Softwareentwickler" },
  { name: "Jörg Böttcher", title: "Prokurist, Leiter Finanzen" },
];
const persona = (p: Partial<Persona>): Persona => ({ departments: [], title_keywords: [], ...p });

describe("rankContacts", () => {
  it.each<{ name: string; persona: Persona; top: string[] }>([
    { name: "engineering buyer: the CTO, then the CEO, the developer last", persona: persona({ departments: ["engineering"] }), top: ["Jannis Oltmanns", "Henrike Albers", "Tjark Ubben"] },
    { name: "sales buyer", persona: persona({ departments: ["sales"] }), top: ["Merle Fockenga", "Henrike Albers"] },
    { name: "finance buyer", persona: persona({ departments: ["finance"] }), top: ["Jörg Böttcher", "Henrike Albers"] },
    // No departments: seniority alone, ties in input order.
    { name: "no persona departments", persona: persona({}), top: ["Henrike Albers", "Jannis Oltmanns", "Merle Fockenga"] },
    { name: "keyword lifts a title", persona: persona({ departments: ["engineering", "finance"], title_keywords: ["Finanzen"] }), top: ["Jörg Böttcher", "Jannis Oltmanns"] },
  ])("$name", ({ persona: p, top }) => expect(rankContacts(team, p, 5).map((r) => r.name).slice(0, top.length)).toEqual(top));

  it("applies the minimum seniority", () => {
    const dev = scoreContact({ name: "Tjark Ubben", title: "Softwareentwickler" }, 0, persona({ departments: ["engineering"] }));
    const penalised = scoreContact({ name: "Tjark Ubben", title: "Softwareentwickler" }, 0, persona({ departments: ["engineering"], min_seniority: "manager" }));
    expect(penalised.score).toBeCloseTo(dev.score * BELOW_MIN_PENALTY, 4);
    expect(penalised.reasons).toContain("below minimum seniority manager");
  });

  it("explains every score", () => {
    const [top] = rankContacts(team, persona({ departments: ["engineering"], title_keywords: ["Entwicklung"] }), 1);
    expect(top).toEqual({
      index: 1,
      name: "Jannis Oltmanns",
      title: "CTO, Leiter Entwicklung",
      score: 1,
      seniority: "c_level",
      departments: ["engineering"],
      reasons: ["department engineering matches", "seniority c_level (5/5)", 'title mentions "Entwicklung"'],
    });
  });

  it("handles a contact without a title", () => {
    expect(scoreContact({ name: "Ada Example" }, 0, persona({ departments: ["sales"] }))).toMatchObject({ seniority: "unknown", departments: [], score: 0 });
  });

  it("limits the list", () => expect(rankContacts(team, persona({}), 2)).toHaveLength(2));
});
