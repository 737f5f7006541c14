/** A calendar date, month 1-12. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Wall-clock time in a zone; `weekday` is ISO (1 = Monday … 7 = Sunday). */
export interface LocalTime extends LocalDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Formatters are costly to build and immutable, so one per zone is kept per isolate.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23, not hour12: false, which some engines render midnight as "24".
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether `timeZone` is an IANA zone this runtime knows.
 *
 * @example
 * isTimeZone("Europe/Berlin"); // true
 * isTimeZone("Mars/Olympus");  // false
 */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock time at instant `ms` in `timeZone` (DST-correct: it is the zone's own rules).
 *
 * @example
 * localTime(Date.parse("2026-03-29T08:30:00Z"), "Europe/Berlin"); // { …, day: 29, hour: 10, minute: 30, weekday: 7 }
 */
export function localTime(ms: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterOf(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 0,
  };
}

/** The zone's offset from UTC at instant `ms`, in ms (Berlin in summer: +7 200 000). */
function offsetAt(ms: number, timeZone: string): number {
  const t = localTime(ms, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `hour:minute`.
 * Two passes settle the offset across a DST change; a time skipped by a
 * spring-forward gap resolves to the instant just after the gap.
 *
 * @example
 * zonedTimeToUtc({ year: 2026, month: 7, day: 1 }, 9, 0, "America/New_York"); // Date.parse("2026-07-01T13:00:00Z")
 */
export function zonedTimeToUtc(date: LocalDate, hour: number, minute: number, timeZone: string): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  return Math.max(first, second);
}

/**
 * `date` moved by `days` calendar days (month and year roll over).
 *
 * @example
 * addDays({ year: 2026, month: 12, day: 31 }, 1); // { year: 2027, month: 1, day: 1 }
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The local calendar day of instant `ms` in `timeZone`, as `YYYY-MM-DD`
 * (the send ledger's `sent_day`, which the daily cap counts by).
 *
 * @example
 * localDay(Date.parse("2026-11-24T23:30:00Z"), "Europe/Berlin"); // "2026-11-25"
 */
export function localDay(ms: number, timeZone: string): string {
  const t = localTime(ms, timeZone);
  return `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
}

/**
 * The first instant of the local day after the one containing `ms`.
 *
 * @example
 * startOfNextDay(Date.parse("2026-11-24T15:00:00Z"), "UTC"); // Date.parse("2026-11-25T00:00:00Z")
 */
export function startOfNextDay(ms: number, timeZone: string): number {
  return zonedTimeToUtc(addDays(localTime(ms, timeZone), 1), 0, 0, timeZone);
}

/**
 * Parses `YYYY-MM-DD` (a real calendar date) or returns null.
 *
 * @example
 * parseLocalDate("2026-02-30"); // null
 */
export function parseLocalDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = addDays(date, 0);
  return check.month === date.month && check.day === date.day ? date : null;
}
