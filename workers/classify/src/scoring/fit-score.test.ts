import { describe, expect, it } from "vitest";
import { fitGrade, fitScore } from "./fit-score.ts";
import { DEFAULT_ICP, IcpConfig } from "./icp-config.ts";

const ideal = { industry: "Computer Software", employee_count: 120, country: "DE", title: "VP Sales" };

describe("fitScore", () => {
  it("weights the four dimensions", () => {
    // 0.3·1 + 0.25·1 + 0.15·1 + 0.3·0.9 = 0.97
    expect(fitScore(ideal, DEFAULT_ICP)).toMatchObject({ score: 0.97, grade: "A", missing: [], disqualifiedBy: null });
  });

  it("scores missing data 0 and lists it", () => {
    const fit = fitScore({ industry: "Software", title: "VP Sales" }, DEFAULT_ICP);
    expect(fit.missing).toEqual(["employee_count", "country"]);
    expect(fit.score).toBe(0.57); // 0.3 + 0.3·0.9
  });

  it("an anti-ICP match zeroes the score whatever else fits", () => {
    expect(fitScore({ ...ideal, industry: "Online Gambling" }, DEFAULT_ICP)).toMatchObject({ score: 0, grade: "C", disqualifiedBy: 'industry "gambling"' });
  });

  it("uses the caller's ICP and weights", () => {
    const icp = IcpConfig.parse({ ...DEFAULT_ICP, version: "country-only", weights: { industry: 0, size: 0, country: 1, persona: 0 } });
    expect(fitScore({ country: "BR" }, icp).score).toBe(0);
    expect(fitScore({ country: "US" }, icp).score).toBe(1);
  });

  it.each([
    [0.7, "A"],
    [0.699, "B"],
    [0.4, "B"],
    [0.399, "C"],
    [0, "C"],
  ] as const)("grade of %s is %s", (score, grade) => expect(fitGrade(score)).toBe(grade));
});

describe("IcpConfig", () => {
  it.each([
    ["a band with min > max", { ...DEFAULT_ICP, size_bands: [{ min: 10, max: 5, score: 1 }] }],
    ["all weights zero", { ...DEFAULT_ICP, weights: { industry: 0, size: 0, country: 0, persona: 0 } }],
    ["a lower-case country", { ...DEFAULT_ICP, countries: ["de"] }],
    ["an unknown key", { ...DEFAULT_ICP, vertical: "saas" }],
  ])("rejects %s", (_name, icp) => expect(IcpConfig.safeParse(icp).success).toBe(false));
});
