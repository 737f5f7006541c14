/** A calendar date as "YYYY-MM-DD"; day arithmetic is done in UTC, so no zone or DST can shift it. */
export type IsoDay = string;

const DAY_MS = 86_400_000;

/**
 * The ISO day for y/m/d, or null when the day does not exist (31 April, 29 February 2027).
 *
 * @example
 * isoDay(2026, 12, 3) // "2026-12-03"
 * isoDay(2027, 2, 29) // null
 */
export function isoDay(y: number, m: number, d: number): IsoDay | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day of an ISO timestamp *as written*, in its own offset: the
 * sender's "today", which is what "tomorrow" or "Monday" in the message is
 * relative to. ("2026-11-24T23:30:00-05:00" → "2026-11-24", not the UTC day.)
 *
 * @example
 * receivedDay("2026-11-24T23:30:00-05:00") // "2026-11-24"
 */
export function receivedDay(receivedAt: string): IsoDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(receivedAt);
  const day = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!day) throw new RangeError(`received_at "${receivedAt.slice(0, 40)}" does not start with a calendar date (YYYY-MM-DD).`);
  return day;
}

/**
 * `day` plus `n` days.
 *
 * @example
 * addDays("2026-12-31", 1) // "2027-01-01"
 */
export function addDays(day: IsoDay, n: number): IsoDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole days from `a` to `b` (negative when `b` is earlier).
 *
 * @example
 * daysBetween("2026-11-24", "2026-12-01") // 7
 */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * weekdayOf("2026-11-24") // 2 (Tuesday)
 */
export function weekdayOf(day: IsoDay): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
