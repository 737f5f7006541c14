import { describe, expect, it } from "vitest";
import { resolveDay, resolveSlashed } from "./resolve-day.ts";

const TODAY = "2026-11-24";

describe("resolveDay", () => {
  it.each([
    [3, 12, null, "2026-12-03"],
    [3, 1, null, "2027-01-03"], // January is ahead, not last January
    [20, 11, null, "2026-11-20"], // recently past stays in this year (an OOO's start date)
    [3, 12, 26, "2026-12-03"], // two-digit year
    [3, 12, 2027, "2027-12-03"], // a written year is kept
    [31, 11, null, null], // no 31 November
  ] as const)("%i.%i. (year %s) -> %s", (d, m, y, day) => expect(resolveDay(d, m, y, TODAY)).toBe(day));
});

describe("resolveSlashed", () => {
  it.each([
    [25, 12, null, "2026-12-25"], // only day/month is a date
    [12, 25, null, "2026-12-25"], // only month/day is a date
    [12, 1, null, "2026-12-01"], // 1 Dec is ahead and sooner than 12 Jan
    [1, 12, null, "2026-12-01"], // same, the other way round
    [12, 3, 2026, "2026-12-03"], // 3 Dec (ahead) rather than 12 March (past)
  ] as const)("%i/%i (year %s) -> %s", (a, b, y, day) => expect(resolveSlashed(a, b, y, TODAY)).toBe(day));
});
