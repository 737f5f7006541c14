// Attribution lines that introduce quoted history, in the languages we sell
// in: "On Tue, 3 Nov 2026, Sam <sam@example.com> wrote:", "Am … schrieb …:",
// "Le … a écrit :", "El … escribió:". Mail clients wrap long ones, so the
// line that ends with the verb may have started a line or two earlier.
// German and Dutch put the name after the verb ("schrieb Sam <sam@…>:").
const ATTRIBUTION_END = /\b(wrote|writes|schrieb|a [ée]crit|escribi[óo]|schreef|ha scritto|scrisse|skrev)(?![a-z])[^:\n]{0,120}:\s*$/i;
const ATTRIBUTION_START = /^\s*(on|am|le|el|op|il|den)\s/i;

// Separators above forwarded or Outlook-style (unprefixed) history.
const HISTORY_SEPARATOR =
  /^\s*(-{2,}\s*(original message|urspr[üu]ngliche nachricht|message d'origine|mensaje original|forwarded message|weitergeleitete nachricht|message transf[ée]r[ée])\s*-{2,}|begin forwarded message:|_{10,})\s*$/i;

// Outlook's header block: "From: …" then "Sent:"/"Date:" and "Subject:" lines.
const HEADER_FROM = /^\s*\*?(from|von|de|da)\s*:\*?\s/i;
const HEADER_SENT = /^\s*\*?(sent|date|gesendet|datum|envoy[ée]|enviado|fecha|inviato)\s*:/i;

// RFC 3676 signature delimiter ("-- "); many clients drop the trailing space.
const SIGNATURE = /^--\s?$/;

/**
 * The part of a reply its sender wrote: quoted history removed, so our own
 * outreach (quoted back at us) can never trigger a label. Removes every line
 * starting with `>`; cuts at an "On … wrote:" attribution unless `>`-quoted
 * lines follow it (then only the attribution goes, keeping interleaved
 * answers); cuts at "-----Original Message-----"-style separators, Outlook
 * header blocks and the signature delimiter.
 *
 * @example
 * stripQuoted("Yes, interested.\n\nOn Mon, Sam wrote:\n> Are you the right person?")
 * // "Yes, interested."
 */
export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (SIGNATURE.test(line) || HISTORY_SEPARATOR.test(line) || isOutlookHeader(lines, i)) break;
    const attribution = attributionAt(lines, i);
    if (attribution > 0) {
      if (!nextContentIsQuoted(lines, i + attribution)) break;
      i += attribution - 1;
      continue;
    }
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** How many lines (1–3) an attribution starting at line `i` spans; 0 when none does. */
function attributionAt(lines: readonly string[], i: number): number {
  const line = lines[i]!;
  // "This is what I wrote:" is prose; an attribution starts with On/Am/Le/El
  // or names an address or a date.
  if (ATTRIBUTION_END.test(line) && line.length <= 300 && (ATTRIBUTION_START.test(line) || /@|\d/.test(line))) return 1;
  if (!ATTRIBUTION_START.test(line)) return 0;
  for (let span = 2; span <= 3 && i + span - 1 < lines.length; span++) {
    const joined = lines.slice(i, i + span).join(" ");
    if (joined.length <= 300 && ATTRIBUTION_END.test(joined)) return span;
  }
  return 0;
}

function nextContentIsQuoted(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.trim() !== "") return /^\s*>/.test(lines[i]!);
  }
  return false;
}

function isOutlookHeader(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i]!)) return false;
  return lines.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l));
}
