import { describe, expect, it } from "vitest";
import { seniorityOf, seniorityRank, type Seniority } from "./seniority.ts";

describe("seniorityOf", () => {
  it.each<{ title: string | null; level: Seniority }>([
    { title: "Chief Executive Officer", level: "c_level" },
    { title: "CTO, Leiter Entwicklung", level: "c_level" },
    { title: "Geschäftsführerin", level: "c_level" },
    { title: "Fondatrice et directrice générale", level: "c_level" },
    { title: "Directora General", level: "c_level" },
    // "Vice President" must not read as "President".
    { title: "Vice President Sales", level: "vp" },
    { title: "VP Engineering", level: "vp" },
    { title: "Head of Sales", level: "vp" },
    { title: "Vertriebsleiterin", level: "vp" },
    { title: "Prokurist, Leiter Finanzen", level: "vp" },
    { title: "Directeur commercial", level: "vp" },
    { title: "Jefa de Ventas", level: "vp" },
    { title: "Practice Manager", level: "manager" },
    { title: "Responsable marketing", level: "manager" },
    { title: "Cheffe d'atelier", level: "manager" },
    { title: "Principal Dentist", level: "senior" },
    { title: "Senior Data Engineer", level: "senior" },
    { title: "Softwareentwickler", level: "individual" },
    { title: "Data Scientist", level: "individual" },
    { title: "Account Executive", level: "individual" },
    { title: "Wizard", level: "unknown" },
    { title: null, level: "unknown" },
  ])("$title → $level", ({ title, level }) => expect(seniorityOf(title)).toBe(level));

  it("ranks 5 down to 0", () => expect(["c_level", "vp", "manager", "senior", "individual", "unknown"].map((l) => seniorityRank(l as Seniority))).toEqual([5, 4, 3, 2, 1, 0]));
});
