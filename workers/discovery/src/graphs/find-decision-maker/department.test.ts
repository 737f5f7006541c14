import { describe, expect, it } from "vitest";
import { departmentsOf, type Department } from "./department.ts";

describe("departmentsOf", () => {
  it.each<{ title: string | null; departments: Department[] }>([
    { title: "CTO, Leiter Entwicklung", departments: ["engineering"] },
    { title: "VP Engineering", departments: ["engineering"] },
    { title: "Softwareentwickler", departments: ["engineering"] },
    { title: "Vertriebsleiterin", departments: ["sales"] },
    { title: "Directeur commercial", departments: ["sales"] },
    { title: "Jefa de Ventas", departments: ["sales"] },
    { title: "Responsable marketing", departments: ["marketing"] },
    { title: "Prokurist, Leiter Finanzen", departments: ["finance"] },
    { title: "Responsable logistique", departments: ["operations"] },
    { title: "Practice Manager", departments: ["operations"] },
    { title: "Geschäftsführerin", departments: ["executive"] },
    { title: "Fondatrice et directrice générale", departments: ["executive"] },
    { title: "Head of People", departments: ["hr"] },
    { title: "Chief Product Officer", departments: ["product"] },
    { title: "Head of Customer Success", departments: ["customer"] },
    // A founder who runs sales is both.
    { title: "Founder & Head of Sales", departments: ["executive", "sales"] },
    { title: "Principal Dentist", departments: [] },
    { title: null, departments: [] },
  ])("$title → $departments", ({ title, departments }) => expect(departmentsOf(title)).toEqual(departments));
});
