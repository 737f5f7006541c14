import { describe, expect, it } from "vitest";
import { ageDays } from "./age-days.ts";

interface Row {
  readonly observedAt: string;
  readonly asOf: string;
  readonly expected: number;
}

describe("ageDays", () => {
  it.each<Row>([
    { observedAt: "2026-01-01", asOf: "2026-01-01", expected: 0 },
    { observedAt: "2026-01-01", asOf: "2026-01-31", expected: 30 },
    { observedAt: "2025-01-01", asOf: "2026-01-01", expected: 365 },
    { observedAt: "2026-01-01T12:00:00Z", asOf: "2026-01-02", expected: 0.5 },
    { observedAt: "2026-01-01T00:00:00+02:00", asOf: "2026-01-01T00:00:00Z", expected: 2 / 24 },
    { observedAt: "2027-01-01", asOf: "2026-01-01", expected: 0 },
  ])("$observedAt → $asOf = $expected days", ({ observedAt, asOf, expected }) => {
    expect(ageDays(observedAt, asOf)).toBeCloseTo(expected, 10);
  });

  it("throws on a non-date instead of scoring NaN", () => {
    expect(() => ageDays("yesterday", "2026-01-01")).toThrow(RangeError);
  });
});
