import { describe, expect, it } from "vitest";
import { foldText } from "@agentic-sales/shared/web";
import { employeesFromJsonLd, employeesFromText, type EmployeeCount } from "./employee-count.ts";

describe("employeesFromJsonLd", () => {
  it.each<{ value: unknown; count: EmployeeCount | null }>([
    { value: 14, count: { min: 14, max: 14, method: "json-ld" } },
    { value: "250", count: { min: 250, max: 250, method: "json-ld" } },
    { value: { "@type": "QuantitativeValue", value: 85 }, count: { min: 85, max: 85, method: "json-ld" } },
    { value: { minValue: 51, maxValue: 200 }, count: { min: 51, max: 200, method: "json-ld" } },
    { value: { minValue: 1000 }, count: { min: 1000, max: 1000, method: "json-ld" } },
    { value: { maxValue: "0" }, count: null },
    { value: -3, count: null },
    { value: null, count: null },
  ])("$value", ({ value, count }) => expect(employeesFromJsonLd(value)).toEqual(count));
});

describe("employeesFromText", () => {
  it.each<{ text: string; n: number | null }>([
    { text: "Heute arbeiten rund 85 Mitarbeiter an Roboterzellen", n: 85 },
    { text: "l'atelier emploie 24 salariés", n: 24 },
    { text: "Somos 120 empleados con sede en Sevilla", n: 120 },
    { text: "We are a team of 14.", n: 14 },
    { text: "over 1,200 employees worldwide", n: 1200 },
    { text: "founded in 2016 by two engineers", n: null },
  ])("$text → $n", ({ text, n }) => expect(employeesFromText(foldText(text))?.min ?? null).toBe(n));
});
