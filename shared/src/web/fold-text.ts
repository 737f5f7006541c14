/**
 * Text folded for keyword matching: accents dropped (NFKD, combining marks
 * removed), ß → ss, lower case, punctuation and runs of space collapsed to
 * one space. "Über uns" and "ueber-uns" both contain "uber uns" / "ueber uns".
 *
 * @example
 * foldText("  À propos — L'Équipe "); // "a propos l equipe"
 * foldText("Über_uns");               // "uber uns"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
