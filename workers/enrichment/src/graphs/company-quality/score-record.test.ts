import { describe, expect, it } from "vitest";
import { COMPANY_FIELDS, FIELD_POLICIES, type CompanyField } from "./field-policies.ts";
import { scoreRecord, type RecordFields } from "./score-record.ts";

const AS_OF = "2026-01-01";
const DAY_MS = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(AS_OF) - days * DAY_MS).toISOString();

/** Every field present, each observed `age(field)` days before AS_OF. */
const fullRecord = (age: (field: CompanyField) => number): RecordFields =>
  Object.fromEntries(COMPANY_FIELDS.map((f) => [f, { value: `${f} value`, observed_at: daysBefore(age(f)) }]));

interface Row {
  readonly name: string;
  readonly fields: RecordFields;
  readonly quality: number;
  readonly completeness: number;
  readonly freshness: number;
  readonly band: string;
  readonly missing: CompanyField[];
  readonly stale: CompanyField[];
}

describe("scoreRecord", () => {
  it.each<Row>([
    { name: "complete, all observed today", fields: fullRecord(() => 0), quality: 1, completeness: 1, freshness: 1, band: "stable", missing: [], stale: [] },
    {
      name: "complete, every field exactly one half-life old",
      fields: fullRecord((f) => FIELD_POLICIES[f].half_life_days),
      quality: 0.5,
      completeness: 1,
      freshness: 0.5,
      band: "investigate",
      missing: [],
      stale: [],
    },
    {
      name: "complete, every field two half-lives old",
      fields: fullRecord((f) => 2 * FIELD_POLICIES[f].half_life_days),
      quality: 0.25,
      completeness: 1,
      freshness: 0.25,
      band: "stale",
      missing: [],
      stale: [...COMPANY_FIELDS],
    },
    {
      name: "only name and domain, fresh",
      fields: { name: { value: "Acme", observed_at: AS_OF }, domain: { value: "acme.io", observed_at: AS_OF } },
      quality: 0.4,
      completeness: 0.4,
      freshness: 1,
      band: "investigate",
      missing: ["hq_location", "industry", "employee_count", "description", "tech_signals"],
      stale: [],
    },
    { name: "empty record", fields: {}, quality: 0, completeness: 0, freshness: 0, band: "stale", missing: [...COMPANY_FIELDS], stale: [] },
    {
      name: "null, empty string and empty list count as missing",
      fields: { ...fullRecord(() => 0), description: null, industry: { value: " ", observed_at: AS_OF }, tech_signals: { value: [], observed_at: AS_OF } },
      quality: 0.65,
      completeness: 0.65,
      freshness: 1,
      band: "investigate",
      missing: ["industry", "description", "tech_signals"],
      stale: [],
    },
    {
      name: "future observation dates clamp to age 0",
      fields: fullRecord(() => -30),
      quality: 1,
      completeness: 1,
      freshness: 1,
      band: "stable",
      missing: [],
      stale: [],
    },
    {
      name: "only tech signals gone stale (180 d = 2 half-lives)",
      fields: fullRecord((f) => (f === "tech_signals" ? 180 : 0)),
      quality: 0.925,
      completeness: 1,
      freshness: 0.925,
      band: "stable",
      missing: [],
      stale: ["tech_signals"],
    },
  ])("$name", ({ fields, quality, completeness, freshness, band, missing, stale }) => {
    const score = scoreRecord(fields, AS_OF);
    expect(score.quality).toBeCloseTo(quality, 10);
    expect(score.completeness).toBeCloseTo(completeness, 10);
    expect(score.freshness).toBeCloseTo(freshness, 10);
    expect(score.band).toBe(band);
    expect(score.missing).toEqual(missing);
    expect(score.stale_fields).toEqual(stale);
  });

  it("reports each field's age and freshness", () => {
    const score = scoreRecord({ employee_count: { value: 120, observed_at: daysBefore(180) } }, AS_OF);
    expect(score.field_scores.employee_count).toEqual({ present: true, weight: 0.15, half_life_days: 180, age_days: 180, freshness: 0.5 });
    expect(score.field_scores.name).toEqual({ present: false, weight: 0.2, half_life_days: 3650, age_days: null, freshness: null });
  });

  it("has weights that sum to 1", () => {
    const total = COMPANY_FIELDS.reduce((sum, f) => sum + FIELD_POLICIES[f].weight, 0);
    expect(total).toBeCloseTo(1, 12);
  });
});
