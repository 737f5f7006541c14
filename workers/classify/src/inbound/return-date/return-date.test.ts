import { describe, expect, it } from "vitest";
import { foldMessage } from "../fold-message.ts";
import { extractReturnDate, type ReturnCue } from "./return-date.ts";

// Received Tuesday 24 November 2026, 09:00 in the sender's zone.
const RECEIVED = "2026-11-24T09:00:00+01:00";

interface Row {
  readonly text: string;
  readonly day: string | null;
  readonly cue?: ReturnCue;
}

const ROWS: readonly Row[] = [
  // English, several formats
  { text: "I am out of the office until December 3rd, 2026.", day: "2026-12-03", cue: "until" },
  { text: "I'm out of office until Dec 3 with limited access to email.", day: "2026-12-03", cue: "until" },
  { text: "I will be back on 7 December.", day: "2026-12-07", cue: "return" },
  { text: "Out of the office until Monday.", day: "2026-11-30", cue: "until" }, // next Monday after Tue 24th
  { text: "I'm away until 2026-12-04.", day: "2026-12-04", cue: "until" },
  { text: "I'm on leave through Friday.", day: "2026-11-28", cue: "until" }, // "through" = away Friday too
  { text: "Back tomorrow.", day: "2026-11-25", cue: "return" },
  { text: "I'm on vacation until 12/1.", day: "2026-12-01", cue: "until" }, // ambiguous order: the sooner date ahead
  { text: "Out until 14/12/2026, back in the office on Tuesday, 15 December.", day: "2026-12-15", cue: "return" }, // the weekday gives way to its date
  { text: "I'm out next week.", day: "2026-11-30", cue: "none" },
  { text: "I am on parental leave until January 4.", day: "2027-01-04", cue: "until" }, // year rolls over
  // German
  { text: "Ich bin bis einschließlich 4.12. nicht im Büro. Ab dem 7.12. bin ich wieder erreichbar.", day: "2026-12-07", cue: "return" },
  { text: "Ich bin bis zum 03.12.2026 im Urlaub.", day: "2026-12-03", cue: "until" },
  { text: "Ich bin vom 20.11. - 4.12. abwesend.", day: "2026-12-04", cue: "until" }, // range end; the start is past
  { text: "Ab Montag, 30. November bin ich wieder im Büro.", day: "2026-11-30", cue: "return" },
  { text: "Zurück am 2. Dezember.", day: "2026-12-02", cue: "return" },
  { text: "Guten Morgen, ich bin im Urlaub.", day: null }, // "Morgen" here is morning, not tomorrow
  // French
  { text: "Je suis absent jusqu'au 3 décembre inclus.", day: "2026-12-04", cue: "until" },
  { text: "Je serai de retour le lundi 7 décembre.", day: "2026-12-07", cue: "return" },
  { text: "En congés du 1er au 5 décembre.", day: "2026-12-05", cue: "until" },
  // Spanish
  { text: "Estoy de vacaciones hasta el 3 de diciembre de 2026.", day: "2026-12-03", cue: "until" },
  { text: "Regreso el lunes.", day: "2026-11-30", cue: "return" },
  { text: "Estoy fuera de la oficina del 1 al 4 de diciembre.", day: "2026-12-04", cue: "until" },
  // Nothing usable
  { text: "I am out of the office.", day: null },
  { text: "I was away until 20 November.", day: null }, // in the past
  { text: "Our offices are closed on 24 December 2027.", day: null }, // a bare date more than 120 days ahead
  { text: "The meeting takes 2.5 hours.", day: null }, // a decimal is no date
];

describe("extractReturnDate", () => {
  it.each(ROWS)("$text -> $day", ({ text, day, cue }) => {
    const found = extractReturnDate(foldMessage(text), RECEIVED);
    expect(found?.day ?? null).toBe(day);
    if (cue) expect(found?.cue).toBe(cue);
  });

  it("a return cue beats a later bare date", () => {
    const text = "Back on 7 December. Our office party is on 18 December.";
    expect(extractReturnDate(foldMessage(text), RECEIVED)).toEqual({ day: "2026-12-07", cue: "return" });
  });

  it("reads relative dates in the sender's own zone", () => {
    // 23:30 in New York is already the 25th in UTC; "tomorrow" is still the 25th.
    expect(extractReturnDate("back tomorrow", "2026-11-24T23:30:00-05:00")?.day).toBe("2026-11-25");
  });
});
