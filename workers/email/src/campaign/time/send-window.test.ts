import { describe, expect, it } from "vitest";
import { DEFAULT_SEND_WINDOW, inSendWindow, nextWindowSlot, type SendWindow } from "./send-window.ts";

interface Row {
  readonly name: string;
  readonly now: string;
  readonly zone: string;
  readonly window?: SendWindow;
  readonly slot: string;
}

const CASES: Row[] = [
  { name: "inside the window: now", now: "2026-11-24T09:00:00.000Z", zone: "Europe/Berlin", slot: "2026-11-24T09:00:00.000Z" },
  { name: "before opening: today 09:00", now: "2026-11-24T05:00:00.000Z", zone: "Europe/Berlin", slot: "2026-11-24T08:00:00.000Z" },
  // 17:00 is the exclusive end
  { name: "at closing: tomorrow 09:00", now: "2026-11-24T16:00:00.000Z", zone: "Europe/Berlin", slot: "2026-11-25T08:00:00.000Z" },
  { name: "Friday evening: Monday", now: "2026-11-27T23:00:00.000Z", zone: "America/New_York", slot: "2026-11-30T14:00:00.000Z" },
  { name: "Saturday: Monday", now: "2026-11-28T12:00:00.000Z", zone: "Europe/London", slot: "2026-11-30T09:00:00.000Z" },
  // US spring forward on Sun 2026-03-08: Monday 09:00 is EDT (UTC-4)
  { name: "weekend across US spring DST", now: "2026-03-06T23:00:00.000Z", zone: "America/New_York", slot: "2026-03-09T13:00:00.000Z" },
  // EU spring forward on Sun 2026-03-29: Monday 09:00 is CEST (UTC+2)
  { name: "weekend across EU spring DST", now: "2026-03-27T16:30:00.000Z", zone: "Europe/Berlin", slot: "2026-03-30T07:00:00.000Z" },
  // EU fall back on Sun 2026-10-25: Monday 09:00 is CET (UTC+1)
  { name: "weekend across EU fall DST", now: "2026-10-23T15:00:00.000Z", zone: "Europe/Berlin", slot: "2026-10-26T08:00:00.000Z" },
  // Tuesday 23:00Z is already Wednesday 10:00 in Sydney (AEDT)
  { name: "recipient ahead of UTC", now: "2026-11-24T23:00:00.000Z", zone: "Australia/Sydney", slot: "2026-11-24T23:00:00.000Z" },
  {
    name: "a weekend-only window",
    now: "2026-11-24T12:00:00.000Z",
    zone: "UTC",
    window: { days: [6, 7], start: "10:00", end: "12:00" },
    slot: "2026-11-28T10:00:00.000Z",
  },
];

describe("nextWindowSlot", () => {
  it.each(CASES)("$name", ({ now, zone, window, slot }) => {
    const w = window ?? DEFAULT_SEND_WINDOW;
    const got = nextWindowSlot(Date.parse(now), zone, w);
    expect(new Date(got).toISOString()).toBe(slot);
    expect(inSendWindow(got, zone, w)).toBe(true);
  });
});
