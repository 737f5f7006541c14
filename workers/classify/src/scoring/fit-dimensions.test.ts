import { describe, expect, it } from "vitest";
import { countryFit, industryFit, personaFit, sizeFit } from "./fit-dimensions.ts";
import { DEFAULT_ICP } from "./icp-config.ts";

const icp = { ...DEFAULT_ICP, excluded_countries: ["KP"] };

describe("industryFit", () => {
  it.each([
    [{ industry: "Computer Software" }, 1, null], // whole-word containment
    [{ industry: "Information Technology & Services" }, 1, null],
    [{ industry: "Mining" }, 0, null],
    [{ industry: "Gambling & Casinos" }, 0, 'industry "gambling"'], // anti-ICP
    [{ industry: "Softwarehouse" }, 0, null], // not a whole word
  ] as const)("%j -> %s", (lead, score, excluded) => {
    expect(industryFit(lead, icp)).toMatchObject({ score, excluded, missing: false });
  });
  it.each([[{}], [{ industry: null }], [{ industry: "  " }]])("%j is missing and scores 0", (lead) => {
    expect(industryFit(lead, icp)).toMatchObject({ score: 0, missing: true });
  });
});

describe("sizeFit", () => {
  it.each([
    [5, 0.2],
    [51, 1], // band edges are inclusive
    [200, 1],
    [201, 0.9],
    [100_000, 0.3], // open-ended top band
    [0, 0], // outside every band
  ])("%i employees -> %s", (n, score) => expect(sizeFit({ employee_count: n }, icp).score).toBe(score));
  it("unknown size is missing", () => expect(sizeFit({ employee_count: null }, icp)).toMatchObject({ score: 0, missing: true }));
});

describe("countryFit", () => {
  it.each([
    ["DE", 1, null],
    ["BR", 0, null],
    ["KP", 0, "country KP"],
  ] as const)("%s -> %s", (country, score, excluded) => expect(countryFit({ country }, icp)).toMatchObject({ score, excluded }));
  it("unknown country is missing", () => expect(countryFit({}, icp)).toMatchObject({ score: 0, missing: true }));
});

describe("personaFit", () => {
  it.each([
    ["VP Sales", 0.9],
    ["VP Engineering", 0.45], // off-function: half
    ["CEO", 1], // C-level keeps the full score whatever the function
    ["Leiter Vertrieb", 0.8], // German function word
    ["Head of Partnerships", 0.8],
    ["Sales Development Representative", 0.2],
    ["Software Engineer", 0.1],
  ])("%j -> %s", (title, score) => expect(personaFit({ title }, icp).score).toBeCloseTo(score, 5));
  it("unknown title is missing", () => expect(personaFit({ title: "" }, icp)).toMatchObject({ score: 0, missing: true }));
});
