import { describe, expect, it } from "vitest";
import { EMAIL_PATTERNS, PATTERN_IDS, type NameParts, type PatternId } from "./email-patterns.ts";

const ada: NameParts = { first: "ada", last: "example" };
const adaMiddle: NameParts = { first: "ada", middle: "lovelace", last: "example" };

describe("EMAIL_PATTERNS", () => {
  it.each<{ id: PatternId; name: NameParts; localpart: string | null }>([
    { id: "first.last", name: ada, localpart: "ada.example" },
    { id: "flast", name: ada, localpart: "aexample" },
    { id: "first", name: ada, localpart: "ada" },
    { id: "firstlast", name: ada, localpart: "adaexample" },
    { id: "first_last", name: ada, localpart: "ada_example" },
    { id: "f.last", name: ada, localpart: "a.example" },
    { id: "last.first", name: ada, localpart: "example.ada" },
    { id: "firstl", name: ada, localpart: "adae" },
    { id: "last", name: ada, localpart: "example" },
    { id: "first-last", name: ada, localpart: "ada-example" },
    { id: "lastf", name: ada, localpart: "examplea" },
    { id: "first.m.last", name: adaMiddle, localpart: "ada.l.example" },
    { id: "first.m.last", name: ada, localpart: null },
    { id: "fmlast", name: adaMiddle, localpart: "alexample" },
    { id: "lastfirst", name: ada, localpart: "exampleada" },
    { id: "last_first", name: ada, localpart: "example_ada" },
  ])("$id → $localpart", ({ id, name, localpart }) => {
    expect(EMAIL_PATTERNS[id].render(name)).toBe(localpart);
  });

  it("lists patterns from most to least likely, priors summing to at most 1", () => {
    const priors = PATTERN_IDS.map((id) => EMAIL_PATTERNS[id].prior);
    expect(priors).toEqual([...priors].sort((a, b) => b - a));
    expect(priors.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    expect(PATTERN_IDS.slice(0, 3)).toEqual(["first.last", "flast", "first"]);
  });
});
