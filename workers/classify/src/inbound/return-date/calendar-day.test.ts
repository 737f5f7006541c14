import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoDay, receivedDay, weekdayOf } from "./calendar-day.ts";

describe("calendar days", () => {
  it.each([
    [2026, 12, 3, "2026-12-03"],
    [2028, 2, 29, "2028-02-29"], // leap year
    [2027, 2, 29, null],
    [2026, 4, 31, null],
    [2026, 13, 1, null],
    [2026, 0, 1, null],
    [2026, 1.5, 1, null],
  ] as const)("isoDay(%i, %s, %i) -> %s", (y, m, d, day) => expect(isoDay(y, m, d)).toBe(day));

  it.each([
    ["2026-11-24T23:30:00-05:00", "2026-11-24"], // the sender's day, not the UTC one (25th)
    ["2026-11-25T00:30:00+01:00", "2026-11-25"],
    ["2026-11-24T09:00:00Z", "2026-11-24"],
  ])("receivedDay(%s) -> %s", (at, day) => expect(receivedDay(at)).toBe(day));

  it("rejects a timestamp without a calendar date", () => expect(() => receivedDay("24.11.2026")).toThrow(/received_at/));

  it("does arithmetic across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-11-24", "2026-12-01")).toBe(7);
    expect(daysBetween("2026-12-01", "2026-11-24")).toBe(-7);
    expect(weekdayOf("2026-11-24")).toBe(2);
  });
});
