import { daysBetween, isoDay, type IsoDay } from "./calendar-day.ts";

// A date written without a year is read as the occurrence nearest to the day
// the message arrived, looking a little back and mostly ahead: an OOO names
// its start (recently past) and its end (ahead, within months).
const YEARLESS_BACK_DAYS = 90;
const YEARLESS_AHEAD_DAYS = 275;
// For "3/4" (3 April or 4 March?) the reading that is soonest ahead wins when
// it is within this window: a return date is near and never in the past.
const AMBIGUOUS_AHEAD_DAYS = 120;

/**
 * The day of a day-and-month, with the year written (2 or 4 digits) or
 * inferred relative to `today`; null when no such day exists.
 *
 * @example
 * resolveDay(3, 1, null, "2026-11-24")  // "2027-01-03" (January ahead, not last January)
 * resolveDay(20, 11, null, "2026-11-24") // "2026-11-20" (recently past, kept in this year)
 * resolveDay(3, 12, 26, "2026-11-24")   // "2026-12-03"
 */
export function resolveDay(day: number, month: number, year: number | null, today: IsoDay): IsoDay | null {
  if (year !== null) return isoDay(year < 100 ? 2000 + year : year, month, day);
  const thisYear = Number(today.slice(0, 4));
  for (const y of [thisYear - 1, thisYear, thisYear + 1]) {
    const candidate = isoDay(y, month, day);
    if (!candidate) continue;
    const ahead = daysBetween(today, candidate);
    if (ahead >= -YEARLESS_BACK_DAYS && ahead <= YEARLESS_AHEAD_DAYS) return candidate;
  }
  return null;
}

/**
 * Reads "a/b(/y)" as day/month or month/day: when only one is a real date it
 * wins; when both are, the one soonest ahead of `today` (within 120 days)
 * wins, else the one nearest to it.
 *
 * @example
 * resolveSlashed(25, 12, null, "2026-11-24") // "2026-12-25" (25 cannot be a month)
 * resolveSlashed(12, 1, null, "2026-11-24")  // "2026-12-01" (1 Dec is ahead; 12 Jan is further)
 */
export function resolveSlashed(a: number, b: number, year: number | null, today: IsoDay): IsoDay | null {
  const readings = [resolveDay(a, b, year, today), resolveDay(b, a, year, today)].filter((d): d is IsoDay => d !== null);
  if (readings.length <= 1) return readings[0] ?? null;
  const ahead = readings
    .map((d) => ({ d, n: daysBetween(today, d) }))
    .filter(({ n }) => n >= 0 && n <= AMBIGUOUS_AHEAD_DAYS)
    .sort((x, y) => x.n - y.n);
  if (ahead.length > 0) return ahead[0]!.d;
  return [...readings].sort((x, y) => Math.abs(daysBetween(today, x)) - Math.abs(daysBetween(today, y)))[0]!;
}
