import { addDays, weekdayOf, type IsoDay } from "./calendar-day.ts";
import { alternation, MONTHS, WEEKDAYS } from "./calendar-names.ts";
import { resolveDay, resolveSlashed } from "./resolve-day.ts";

/** A date found in folded text, with where it is. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly day: IsoDay;
}

type Reader = (m: RegExpExecArray, today: IsoDay) => IsoDay | null;

const MONTH = `(${alternation(Object.keys(MONTHS))})`;
const WEEKDAY = `(${alternation(Object.keys(WEEKDAYS))})`;
const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const month = (name: string): number => MONTHS[name]!;

/** Next occurrence of a weekday strictly after today ("back Monday" sent on a Monday means next week). */
const nextWeekday = (weekday: number, today: IsoDay): IsoDay => addDays(today, (weekday - weekdayOf(today) + 7) % 7 || 7);

// Each written form of a date, in the four languages, against folded text.
const READERS: readonly (readonly [RegExp, Reader])[] = [
  // 2026-12-03
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m, t) => resolveDay(Number(m[3]), Number(m[2]), Number(m[1]), t)],
  // 3 December 2026 · 3rd of December · 3. Dezember · 1er décembre · 3 de diciembre de 2026
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:of\\s+|de\\s+)?${MONTH}\\b\\.?(?:,?\\s*(?:de\\s+)?(\\d{4}))?`, "g"),
    (m, t) => resolveDay(Number(m[1]), month(m[2]!), num(m[3]), t),
  ],
  // December 3rd, 2026 · Dec 3
  [new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?`, "g"), (m, t) => resolveDay(Number(m[2]), month(m[1]!), num(m[3]), t)],
  // 03.12.2026 · 3.12. · 03.12 (two-digit pairs only without the final dot, so "2.5 hours" is no date)
  [/\b(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})\b)?|\b(\d{2})\.(\d{2})\b(?!\.\d)/g, (m, t) => (m[1] ? resolveDay(Number(m[1]), Number(m[2]), num(m[3]), t) : resolveDay(Number(m[4]), Number(m[5]), null, t))],
  // 12/1/2026 · 1/12 (order ambiguous)
  [/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/g, (m, t) => resolveSlashed(Number(m[1]), Number(m[2]), num(m[3]), t)],
  // Monday · Montag · lundi · lunes
  [new RegExp(`\\b${WEEKDAY}\\b`, "g"), (m, t) => nextWeekday(WEEKDAYS[m[1]!]!, t)],
  // day after tomorrow · übermorgen · après-demain · pasado mañana
  [/\b(day after tomorrow|ubermorgen|apres-demain|apres demain|pasado manana)\b/g, (_m, t) => addDays(t, 2)],
  // tomorrow · morgen · demain · mañana, but not "Guten Morgen", "heute Morgen" or "por la mañana" (morning)
  [/(?<!\b(?:guten|heute|jeden|am|la|esta|cada|pasado) )(?<![-\w])(tomorrow|morgen|demain|manana)\b/g, (_m, t) => addDays(t, 1)],
  // next week · nächste Woche · la semaine prochaine · la próxima semana → its Monday
  [/\b(next week|nachste woche|kommende woche|la semaine prochaine|la proxima semana|la semana que viene)\b/g, (_m, t) => nextWeekday(1, t)],
];

/**
 * Every date written in `folded` (a `foldMessage` result), resolved relative
 * to `today`, in text order. Overlapping readings keep the longest; a weekday
 * directly followed by a written date ("Monday, 7 December") gives way to it.
 *
 * @example
 * findDateMentions("back on monday, 7 december", "2026-11-24").map((m) => m.day) // ["2026-12-07"]
 */
export function findDateMentions(folded: string, today: IsoDay): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const day = read(m, today);
      if (day) found.push({ start: m.index, end: m.index + m[0].length, day });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of found) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    // "Monday, 7 December": the weekday only names the written date.
    if (last && /^[\s,]{0,3}$/.test(folded.slice(last.end, mention.start)) && isWeekday(folded.slice(last.start, last.end))) kept.pop();
    kept.push(mention);
  }
  return kept;
}

const isWeekday = (text: string): boolean => Object.hasOwn(WEEKDAYS, text);
