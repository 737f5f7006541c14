import { describe, expect, it } from "vitest";
import { inferPattern } from "./infer-pattern.ts";
import { sitePerson } from "./test-people.ts";

const people = [sitePerson("Ada Example"), sitePerson("Bo Sample"), sitePerson("Lucía Fernández Ortega")];

describe("inferPattern", () => {
  it.each<{ name: string; addresses: string[]; pattern: string | null; evidence?: string[] }>([
    { name: "first.last", addresses: ["ada.example@acme.io"], pattern: "first.last", evidence: ["ada.example@acme.io"] },
    { name: "flast from a second surname (Spanish naming)", addresses: ["lfernandez@acme.io"], pattern: "flast", evidence: ["lfernandez@acme.io"] },
    { name: "majority wins", addresses: ["ada@acme.io", "b.sample@acme.io", "bo@acme.io"], pattern: "first", evidence: ["ada@acme.io", "bo@acme.io"] },
    // Tie: one address each; the more common pattern wins.
    { name: "tie goes to the higher prior", addresses: ["ada@acme.io", "ada.example@acme.io"], pattern: "first.last" },
    { name: "role addresses are no evidence", addresses: ["info@acme.io", "sales@acme.io"], pattern: null },
    { name: "other domains are no evidence", addresses: ["ada.example@gmail.com"], pattern: null },
    { name: "subdomain of the company counts", addresses: ["ada.example@mail.acme.io"], pattern: "first.last" },
    { name: "unmatched localpart", addresses: ["xyz123@acme.io"], pattern: null },
  ])("$name", ({ addresses, pattern, evidence }) => {
    const result = inferPattern(people, addresses, "acme.io");
    expect(result.pattern?.pattern ?? null).toBe(pattern);
    if (evidence) expect(result.pattern?.evidence).toEqual(evidence);
  });

  it("attributes matched addresses to their person", () => {
    expect(inferPattern(people, ["Bo.Sample@acme.io"], "acme.io").matches).toEqual([{ address: "bo.sample@acme.io", person: "Bo Sample", pattern: "first.last" }]);
  });
});
