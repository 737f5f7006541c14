import { addDays, localTime, zonedTimeToUtc } from "./zoned-time.ts";

/** When mail may be sent, in the recipient's local time: ISO weekdays (1 = Monday) and `HH:MM` bounds, end exclusive. */
export interface SendWindow {
  readonly days: readonly number[];
  readonly start: string;
  readonly end: string;
}

/** Business hours: Monday to Friday, 09:00–17:00 local. */
export const DEFAULT_SEND_WINDOW: SendWindow = Object.freeze({ days: Object.freeze([1, 2, 3, 4, 5]), start: "09:00", end: "17:00" });

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Whether instant `ms` falls inside `window` in `timeZone`.
 *
 * @example
 * inSendWindow(Date.parse("2026-11-24T08:30:00Z"), "Europe/Berlin", DEFAULT_SEND_WINDOW); // true (Tue 09:30)
 */
export function inSendWindow(ms: number, timeZone: string, window: SendWindow): boolean {
  const t = localTime(ms, timeZone);
  const minute = t.hour * 60 + t.minute;
  return window.days.includes(t.weekday) && minute >= minutesOf(window.start) && minute < minutesOf(window.end);
}

/**
 * The earliest instant at or after `ms` that lies in `window` in `timeZone`:
 * `ms` itself when already inside, else the next allowed day's opening time.
 * Days are stepped on the local calendar, so a DST change between now and
 * the slot is accounted for.
 *
 * @example
 * // Friday 18:00 in New York → Monday 09:00 New York
 * nextWindowSlot(Date.parse("2026-11-27T23:00:00Z"), "America/New_York", DEFAULT_SEND_WINDOW); // Date.parse("2026-11-30T14:00:00Z")
 */
export function nextWindowSlot(ms: number, timeZone: string, window: SendWindow): number {
  if (window.days.length === 0) throw new Error("send window: no allowed days");
  const now = localTime(ms, timeZone);
  const start = minutesOf(window.start);
  const minute = now.hour * 60 + now.minute;
  for (let i = 0; i <= 7; i++) {
    const weekday = ((now.weekday - 1 + i) % 7) + 1;
    if (!window.days.includes(weekday)) continue;
    if (i === 0) {
      if (minute >= minutesOf(window.end)) continue;
      if (minute >= start) return ms;
    }
    return zonedTimeToUtc(addDays(now, i), Math.floor(start / 60), start % 60, timeZone);
  }
  throw new Error("send window: no slot within a week"); // unreachable with a non-empty `days`
}
