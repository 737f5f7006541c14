import { describe, expect, it } from "vitest";
import type { NameParts } from "./email-patterns.ts";
import { nameToken, normalizeName } from "./normalize-name.ts";

describe("nameToken", () => {
  it.each<{ raw: string; token: string }>([
    { raw: "José", token: "jose" },
    { raw: "Müller", token: "muller" },
    { raw: "Straße", token: "strasse" },
    { raw: "Łukasz", token: "lukasz" },
    { raw: "Søren", token: "soren" },
    { raw: "Nguyễn", token: "nguyen" },
    { raw: "O'Brien", token: "obrien" },
    { raw: "D’Angelo", token: "dangelo" },
    { raw: "Smith-Jones", token: "smithjones" },
    { raw: "van der Berg", token: "vanderberg" },
    { raw: "  Mary Ann ", token: "maryann" },
    { raw: "Jr.", token: "jr" },
    { raw: "Jose\u0301", token: "jose" },
    { raw: "—", token: "" },
  ])("$raw → $token", ({ raw, token }) => {
    expect(nameToken(raw)).toBe(token);
  });
});

describe("normalizeName", () => {
  it.each<{ person: { first_name: string; last_name: string; middle_name?: string }; parts: NameParts | null }>([
    { person: { first_name: "José", last_name: "Müller" }, parts: { first: "jose", last: "muller" } },
    { person: { first_name: "Ada", middle_name: "Lovelace", last_name: "Example" }, parts: { first: "ada", middle: "lovelace", last: "example" } },
    { person: { first_name: "Ada", middle_name: "-", last_name: "Example" }, parts: { first: "ada", last: "example" } },
    { person: { first_name: "—", last_name: "Example" }, parts: null },
    { person: { first_name: "Ada", last_name: "'" }, parts: null },
  ])("$person.first_name $person.last_name → $parts", ({ person, parts }) => {
    expect(normalizeName(person)).toEqual(parts);
  });
});
