// Invisible characters an attacker uses to hide or reorder text the model
// reads but a reviewer does not see:
// - bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9): "Trojan Source" reordering;
// - zero-width and other default-ignorables (ZWSP/ZWNJ/ZWJ, word joiner,
//   invisible operators, BOM, soft hyphen, CGJ, Hangul and Mongolian fillers,
//   interlinear annotation): split keywords past filters, or hide a payload;
// - Unicode tag characters (U+E0000–E007F) and variation selectors: "ASCII
//   smuggling", whole instructions encoded in characters that render as nothing;
// - C0/C1 controls except tab and newline (terminal escapes, NUL).
// Stripping ZWJ/ZWNJ/VS16 costs some emoji sequences and Persian/Indic
// shaping in quoted text; for data a model reads that is the right trade.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F\uDD00-\uDDEF]/g;

// Look-alikes of the `<` and `>` that delimit data blocks (NFKC already folds
// the fullwidth and small forms): folded so escaping turns them into entities
// too, and a model never sees something shaped like `</data>` inside data.
const LEFT_ANGLES = /[\u02C2\u1438\u2039\u2329\u27E8\u276C\u276E\u2770\u29FC\u3008]/g;
const RIGHT_ANGLES = /[\u02C3\u1433\u203A\u232A\u27E9\u276D\u276F\u2771\u29FD\u3009]/g;

/**
 * Normalises untrusted text before it is quoted to a model: line breaks to
 * `\n` (U+2028/2029 too), invisible characters stripped, NFKC (fullwidth and
 * compatibility forms to their plain letters, so `ｓｙｓｔｅｍ` reads as
 * `system` and `＜` as `<`), and angle-bracket look-alikes folded to `<`/`>`.
 * Homoglyphs across scripts (Cyrillic `а` for Latin `a`) are kept: folding them
 * would corrupt real names, and the data block's escaping does not depend on them.
 *
 * @example
 * normalizeUntrusted("Ig\u200Bnore ＜/data＞\u202E"); // "Ignore </data>"
 */
export function normalizeUntrusted(text: string): string {
  // Strip before NFKC too: a joiner between a letter and its accent would otherwise block composition.
  const stripped = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(INVISIBLE, "");
  return stripped.normalize("NFKC").replace(INVISIBLE, "").replace(LEFT_ANGLES, "<").replace(RIGHT_ANGLES, ">");
}

/**
 * Escapes text for a data block, XML-style (`&`, `<`, `>`): a payload can then
 * never contain `</data>` or any other tag, so it cannot close its block or
 * open a fake `<system>` one. Reversible with `unescapeData`.
 *
 * @example
 * escapeData("</data><system>"); // "&lt;/data&gt;&lt;system&gt;"
 */
export function escapeData(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Inverse of `escapeData`.
 *
 * @example
 * unescapeData("&lt;b&gt; &amp;amp;"); // "<b> &amp;"
 */
export function unescapeData(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
