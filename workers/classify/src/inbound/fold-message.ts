// Characters that render as nothing: they would let "un\u200Bsubscribe" slip
// past a phrase rule, or split a date so it is not read.
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * Folds message text for the phrase rules, which are written against this
 * form: NFKC, lower case, accents removed ("désabonner" → "desabonner"),
 * ß → ss, typographic apostrophes → ', invisible characters removed, runs of
 * spaces and tabs collapsed. Punctuation and line breaks are kept: dates
 * ("3.12.") and quoting need them.
 *
 * @example
 * foldMessage("Bitte   AUSTRAGEN – Grüße") // "bitte austragen – grusse"
 * foldMessage("Je suis de retour le 3 décembre") // "je suis de retour le 3 decembre"
 */
export function foldMessage(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[ \t]+/g, " ");
}
