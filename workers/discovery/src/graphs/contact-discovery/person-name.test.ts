import { describe, expect, it } from "vitest";
import { cleanPersonName, nameSplits } from "./person-name.ts";

describe("cleanPersonName", () => {
  it.each<{ raw: string | null; clean: string | null }>([
    { raw: "  Ada   Example ", clean: "Ada Example" },
    { raw: "Dr. Amara Okafor", clean: "Amara Okafor" },
    { raw: "Prof. Dr. Ing. Jörg Böttcher", clean: "Jörg Böttcher" },
    { raw: "Lucía Fernández Ortega", clean: "Lucía Fernández Ortega" },
    { raw: "Marcus Delacroix-Webb", clean: "Marcus Delacroix-Webb" },
    { raw: "Cy O'Brien", clean: "Cy O'Brien" },
    { raw: "Jane Doe, PhD", clean: "Jane Doe" },
    { raw: "Ada", clean: null },
    { raw: "Meet our Team", clean: null },
    { raw: "Kontakt Formular", clean: null },
    { raw: "info@acme.de", clean: null },
    { raw: "Room 101 Team", clean: null },
    { raw: "read more about us", clean: null },
    { raw: "one two three four five six", clean: null },
    { raw: null, clean: null },
  ])("$raw → $clean", ({ raw, clean }) => expect(cleanPersonName(raw)).toBe(clean));
});

describe("nameSplits", () => {
  it.each<{ name: string; splits: ReturnType<typeof nameSplits> }>([
    { name: "Ada Example", splits: [{ first_name: "Ada", last_name: "Example" }] },
    {
      name: "Lucía Fernández Ortega",
      splits: [
        { first_name: "Lucía", middle_name: "Fernández", last_name: "Ortega" },
        // Spanish naming: the first surname is the one used at work.
        { first_name: "Lucía", last_name: "Fernández" },
      ],
    },
    { name: "Anna Maria van Berg", splits: [{ first_name: "Anna", middle_name: "Maria van", last_name: "Berg" }] },
  ])("$name", ({ name, splits }) => expect(nameSplits(name)).toEqual(splits));
});
