import { addDays, daysBetween, receivedDay, type IsoDay } from "./calendar-day.ts";
import { findDateMentions, type DateMention } from "./date-mentions.ts";

/** How the date was introduced: "back on …" beats "until …" beats a bare date. */
export type ReturnCue = "return" | "until" | "none";

export interface ReturnDate {
  readonly day: IsoDay;
  readonly cue: ReturnCue;
}

// Patterns run on folded text (lower case, no accents). A cue must end at most
// a few filler words before the date ("back in the office on Monday").
const RETURN_BEFORE =
  /\b(back|return|returning|returns|in the office|available again|reachable again|zuruck|wieder (?:im buro|da|erreichbar|verfugbar|im haus)|de retour|retour|je reviens|je rentre|regreso|regresare|de vuelta|vuelvo|volvere|me reincorporo|me reincorporare)\b[^.!?\n]{0,20}$/;
// German word order can put the cue after the date: "ab 8.12. (bin ich) wieder im Büro".
const RETURN_AFTER = /^[\s.,]{0,3}(?:[a-z]+ ){0,2}(wieder|zuruck|de retour|de vuelta)\b/;
const UNTIL_BEFORE =
  /\b(until|till|til|untill|through|thru|bis|jusqu'au|jusqu'a|jusqu au|jusqu'en|hasta)\b[^.!?\n]{0,20}$/;
// Range ends: "1.12. - 5.12.", "from 1 to 5 December", "du 1er au 5 décembre", "del 1 al 5".
const RANGE_BEFORE = /\d(?:st|nd|rd|th|er|\.)?\s*(to|-|–|—|bis|au|al|a)\s*(?:the\s+|le\s+|el\s+|zum\s+)?$/;
// "through", "bis einschließlich", "inclusive": away that day too, back the day after.
const INCLUSIVE_BEFORE = /\b(through|thru|einschliesslich|inklusive)\b[^.!?\n]{0,20}$/;
const INCLUSIVE_AFTER = /^[\s.,(]{0,3}(inclusive|inclusively|einschliesslich|inklusive|inclus|incluse|incluido|incluida)\b/;

/** A bare date further ahead than this is more likely a holiday notice than a return. */
const BARE_DATE_AHEAD_DAYS = 120;
const MAX_AHEAD_DAYS = 365;
const CUE_RANK: Readonly<Record<ReturnCue, number>> = { return: 0, until: 1, none: 2 };

/**
 * The day an out-of-office sender is back, read from their own text
 * (`foldMessage` applied, quoted history stripped) relative to the day the
 * message arrived: a date introduced as a return ("back on …", "zurück am …",
 * "de retour le …", "regreso el …") wins over an "until" date, which wins over
 * a bare date ahead; within a kind, the latest. "through" and "inclusive"
 * dates move one day on. Dates in the past, or more than a year ahead, are
 * ignored. null when no date qualifies.
 *
 * @example
 * extractReturnDate("ich bin bis einschliesslich 4.12. nicht im buro", "2026-11-24T09:00:00+01:00")
 * // { day: "2026-12-05", cue: "until" }
 * extractReturnDate("i am out of office until monday", "2026-11-25T09:00:00Z")
 * // { day: "2026-11-30", cue: "until" }
 */
export function extractReturnDate(folded: string, receivedAt: string): ReturnDate | null {
  const today = receivedDay(receivedAt);
  let best: ReturnDate | null = null;
  for (const mention of findDateMentions(folded, today)) {
    const candidate = classify(folded, mention);
    const ahead = daysBetween(today, candidate.day);
    if (ahead < 0 || ahead > MAX_AHEAD_DAYS) continue;
    if (candidate.cue === "none" && ahead > BARE_DATE_AHEAD_DAYS) continue;
    if (!best || CUE_RANK[candidate.cue] < CUE_RANK[best.cue] || (candidate.cue === best.cue && candidate.day > best.day)) best = candidate;
  }
  return best;
}

function classify(folded: string, mention: DateMention): ReturnDate {
  const before = folded.slice(Math.max(0, mention.start - 48), mention.start);
  const after = folded.slice(mention.end, mention.end + 24);
  if (RETURN_BEFORE.test(before) || RETURN_AFTER.test(after)) return { day: mention.day, cue: "return" };
  if (UNTIL_BEFORE.test(before) || RANGE_BEFORE.test(before)) {
    const inclusive = INCLUSIVE_BEFORE.test(before) || INCLUSIVE_AFTER.test(after);
    return { day: inclusive ? addDays(mention.day, 1) : mention.day, cue: "until" };
  }
  return { day: mention.day, cue: "none" };
}
