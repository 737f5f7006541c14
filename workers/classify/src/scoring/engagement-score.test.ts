import { describe, expect, it } from "vitest";
import { engagementGrade, engagementScore, type OutcomeEvent } from "./engagement-score.ts";

const AS_OF = "2026-11-24T10:00:00Z";
const daysAgo = (n: number) => new Date(Date.parse(AS_OF) - n * 86_400_000).toISOString();
const ev = (kind: string, ago: number, label: string | null = null): OutcomeEvent => ({ kind, label, occurred_at: daysAgo(ago) });

describe("engagementScore", () => {
  it.each([
    { name: "no events", events: [], raw: 0, grade: 2 },
    { name: "sends only carry no signal", events: [ev("sent", 3), ev("delivered", 3)], raw: 0, grade: 2 },
    { name: "a meeting today", events: [ev("meeting_booked", 0)], raw: 1, grade: 1 },
    { name: "interest one half-life ago counts half", events: [ev("replied", 30, "interested")], raw: 0.3, grade: 1 },
    { name: "interest two half-lives ago", events: [ev("replied", 60, "interested")], raw: 0.15, grade: 2 },
    { name: "a fresh no", events: [ev("replied", 1, "not_interested")], raw: -0.489, grade: 3 },
    { name: "an old no has faded", events: [ev("replied", 120, "not_interested")], raw: -0.031, grade: 2 },
    { name: "an out-of-office is no signal", events: [ev("out_of_office", 1)], raw: 0, grade: 2 },
  ])("$name -> raw $raw, grade $grade", ({ events, raw, grade }) => {
    const result = engagementScore(events, AS_OF);
    expect(result.raw).toBeCloseTo(raw, 3);
    expect(result.score).toBeCloseTo(Math.tanh(result.raw), 3);
    expect(result.grade).toBe(grade);
  });

  it("saturates: many positives never pass 1", () => {
    expect(engagementScore(Array.from({ length: 50 }, () => ev("meeting_booked", 0)), AS_OF).score).toBeLessThanOrEqual(1);
  });

  it("ignores unknown kinds and events after the as_of clock", () => {
    const result = engagementScore([ev("clicked", 1), ev("meeting_booked", -2), ev("replied", 1, "interested")], AS_OF);
    expect(result).toMatchObject({ counted: 1, ignored: 2 });
  });

  it("a shorter half-life forgets faster", () => {
    const events = [ev("replied", 14, "interested")];
    expect(engagementScore(events, AS_OF, 7).raw).toBeLessThan(engagementScore(events, AS_OF, 30).raw);
  });

  it("lists the strongest contributions first", () => {
    const top = engagementScore([ev("replied", 10, "info_request"), ev("meeting_booked", 2), ev("sent", 0)], AS_OF).top;
    expect(top.map((c) => c.kind)).toEqual(["meeting_booked", "replied"]);
    expect(top[0]).toMatchObject({ age_days: 2 });
  });

  it("rejects a bad clock or half-life", () => {
    expect(() => engagementScore([], "yesterday")).toThrow(/as_of/);
    expect(() => engagementScore([], AS_OF, 0)).toThrow(/half_life_days/);
  });

  it.each([
    [0.25, 1],
    [0.249, 2],
    [-0.249, 2],
    [-0.25, 3],
  ] as const)("grade of %s is %s", (score, grade) => expect(engagementGrade(score)).toBe(grade));
});
