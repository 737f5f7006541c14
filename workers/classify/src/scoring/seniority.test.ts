import { describe, expect, it } from "vitest";
import { seniorityOf } from "./seniority.ts";

describe("seniorityOf", () => {
  it.each([
    ["CEO", "c_level"],
    ["Co-Founder & CTO", "c_level"],
    ["Chief Revenue Officer", "c_level"],
    ["Managing Director", "c_level"], // the chief executive in DE/UK usage, not a director
    ["Geschäftsführer", "c_level"],
    ["Directeur Général", "c_level"],
    ["Fundadora", "c_level"],
    ["Vice President, Sales", "vp"], // "President" inside "Vice President" is not C-level
    ["SVP Marketing", "vp"],
    ["Head of Growth", "director"],
    ["Director of Sales", "director"],
    ["Leiterin Vertrieb", "director"],
    ["Directora Comercial", "director"],
    ["Sales Manager", "manager"],
    ["Team Lead SDR", "manager"],
    ["Product Owner", "manager"], // owns a product, not the company
    ["Account Executive", "individual"],
    ["", "individual"],
  ] as const)("%j -> %s", (title, level) => expect(seniorityOf(title)).toBe(level));
});
