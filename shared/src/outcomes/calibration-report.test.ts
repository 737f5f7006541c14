import { describe, expect, it } from "vitest";
import { calibrationReport, NULL_VERDICT, type Decision } from "./calibration-report.ts";

const many = (n: number, d: Decision): Decision[] => Array.from({ length: n }, () => d);

describe("calibrationReport", () => {
  it("groups by verdict and band and counts polarities; neutral stays out of the rate", () => {
    const report = calibrationReport([
      { verdict: "DE", confidence: 0.95, outcome: "bounced" },
      { verdict: "DE", confidence: 0.92, outcome: "replied" },
      { verdict: "DE", confidence: 0.99, outcome: null },
      { verdict: "DE", confidence: 0.91, outcome: "clicked" }, // unknown → neutral
      { verdict: "DE", confidence: 0.6, outcome: "meeting_booked" },
      { verdict: "AT", confidence: 0.95, outcome: "Interested" },
    ]);
    expect(report.rows).toEqual([
      { verdict: "AT", band: "0.90-1.00", decisions: 1, positive: 1, negative: 0, neutral: 0, positiveRate: 1, contradicted: false },
      { verdict: "DE", band: "0.50-0.70", decisions: 1, positive: 1, negative: 0, neutral: 0, positiveRate: 1, contradicted: false },
      { verdict: "DE", band: "0.90-1.00", decisions: 4, positive: 1, negative: 1, neutral: 2, positiveRate: 0.5, contradicted: false },
    ]);
    expect(report.contradicted).toEqual([]);
  });

  it("flags a high-confidence band with a low positive rate", () => {
    const report = calibrationReport([
      ...many(5, { verdict: "US", confidence: 0.97, outcome: "bounced" }),
      ...many(1, { verdict: "US", confidence: 0.97, outcome: "replied" }),
    ]);
    expect(report.contradicted).toHaveLength(1);
    expect(report.contradicted[0]).toMatchObject({ verdict: "US", band: "0.90-1.00", positiveRate: 1 / 6, contradicted: true });
  });

  it.each([
    { name: "too few decided outcomes", decisions: many(4, { verdict: "US", confidence: 0.97, outcome: "bounced" }) },
    { name: "low band: the classifier was not sure", decisions: many(9, { verdict: "US", confidence: 0.6, outcome: "bounced" }) },
    { name: "only neutral outcomes: no evidence either way", decisions: many(9, { verdict: "US", confidence: 0.97, outcome: "sent" }) },
  ])("does not flag: $name", ({ decisions }) => {
    expect(calibrationReport(decisions).contradicted).toEqual([]);
  });

  it("reports a null verdict as a group of its own and counts invalid confidences", () => {
    const report = calibrationReport([
      { verdict: null, confidence: 0.8, outcome: "replied" },
      { verdict: "FR", confidence: Number.NaN, outcome: "replied" },
      { verdict: "FR", confidence: 2, outcome: "replied" },
    ]);
    expect(report.rows.map((r) => [r.verdict, r.band])).toEqual([[NULL_VERDICT, "0.70-0.90"]]);
    expect(report.invalid).toBe(2);
  });

  it("honours custom thresholds", () => {
    const decisions = many(2, { verdict: "x", confidence: 0.85, outcome: "not_interested" });
    expect(calibrationReport(decisions, { bandEdges: [0, 0.8], highConfidence: 0.8, minDecided: 2 }).contradicted).toHaveLength(1);
  });

  it("is pure and order-independent", () => {
    const decisions: Decision[] = [
      { verdict: "b", confidence: 0.1, outcome: "spam" },
      { verdict: "a", confidence: 0.95, outcome: "replied" },
    ];
    expect(calibrationReport(decisions)).toEqual(calibrationReport([...decisions].reverse()));
  });
});
