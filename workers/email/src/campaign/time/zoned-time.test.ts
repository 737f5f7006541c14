import { describe, expect, it } from "vitest";
import { addDays, isTimeZone, localDay, localTime, parseLocalDate, startOfNextDay, zonedTimeToUtc } from "./zoned-time.ts";

const at = (iso: string) => Date.parse(iso);

describe("localTime", () => {
  it.each([
    // CET in winter, CEST in summer
    { iso: "2026-01-15T08:00:00Z", zone: "Europe/Berlin", hour: 9, weekday: 4 },
    { iso: "2026-07-15T08:00:00Z", zone: "Europe/Berlin", hour: 10, weekday: 3 },
    // midnight renders as 0, not 24
    { iso: "2026-11-24T05:00:00Z", zone: "America/New_York", hour: 0, weekday: 2 },
    { iso: "2026-11-29T12:00:00Z", zone: "UTC", hour: 12, weekday: 7 },
  ])("$iso in $zone → $hour h, weekday $weekday", ({ iso, zone, hour, weekday }) => {
    expect(localTime(at(iso), zone)).toMatchObject({ hour, weekday });
  });
});

describe("zonedTimeToUtc", () => {
  it.each([
    { date: { year: 2026, month: 7, day: 1 }, zone: "America/New_York", iso: "2026-07-01T13:00:00.000Z" },
    { date: { year: 2026, month: 12, day: 1 }, zone: "America/New_York", iso: "2026-12-01T14:00:00.000Z" },
    // the morning after the spring change, both sides of the Atlantic
    { date: { year: 2026, month: 3, day: 9 }, zone: "America/New_York", iso: "2026-03-09T13:00:00.000Z" },
    { date: { year: 2026, month: 3, day: 30 }, zone: "Europe/Berlin", iso: "2026-03-30T07:00:00.000Z" },
    { date: { year: 2026, month: 10, day: 26 }, zone: "Europe/Berlin", iso: "2026-10-26T08:00:00.000Z" },
    { date: { year: 2026, month: 6, day: 1 }, zone: "Asia/Kolkata", iso: "2026-06-01T03:30:00.000Z" },
  ])("09:00 on $date.month/$date.day in $zone = $iso", ({ date, zone, iso }) => {
    expect(new Date(zonedTimeToUtc(date, 9, 0, zone)).toISOString()).toBe(iso);
  });

  it("a time skipped by spring-forward resolves after the gap", () => {
    // 02:30 does not exist in Berlin on 2026-03-29
    const t = zonedTimeToUtc({ year: 2026, month: 3, day: 29 }, 2, 30, "Europe/Berlin");
    expect(localTime(t, "Europe/Berlin")).toMatchObject({ hour: 3, minute: 30 });
  });
});

describe("calendar helpers", () => {
  it("addDays rolls months and years", () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("localDay is the zone's calendar day", () => {
    expect(localDay(at("2026-11-24T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-25");
    expect(localDay(at("2026-11-24T23:30:00Z"), "America/Los_Angeles")).toBe("2026-11-24");
  });

  it("startOfNextDay is local midnight, across DST", () => {
    expect(new Date(startOfNextDay(at("2026-10-24T12:00:00Z"), "Europe/Berlin")).toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(new Date(startOfNextDay(at("2026-10-25T12:00:00Z"), "Europe/Berlin")).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("parseLocalDate accepts real dates only", () => {
    expect(parseLocalDate("2026-12-01")).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseLocalDate("2026-02-30")).toBeNull();
    expect(parseLocalDate("next tuesday")).toBeNull();
  });

  it("isTimeZone", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
