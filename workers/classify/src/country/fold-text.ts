/** Letters that survive accent stripping but still have an ASCII spelling. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss", ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h",
};

/**
 * Folds text into a matching key: Unicode NFKC, lower case, accents and other
 * combining marks removed, abbreviation dots and apostrophes dropped, any
 * other punctuation turned into a space, whitespace collapsed. Tables keep
 * their readable spelling; both sides of every lookup go through this.
 *
 * @example
 * foldText("  Île-de-France ") // "ile de france"
 * foldText("U.S.")             // "us"
 * foldText("Zürich")           // "zurich"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßøæœłđðþıħ]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/[.'’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Scripts written without spaces between words, where names are found by substring. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * True when the text contains CJK or Thai characters.
 *
 * @example
 * hasUnspacedScript("東京都") // true
 */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_SCRIPT.test(text);
}
