/** A phrase pattern (against folded text) with the language it is written in. */
export interface Phrase {
  readonly lang: "en" | "de" | "fr" | "es";
  readonly pattern: RegExp;
}

/**
 * The first phrase whose pattern matches `folded`, with the matched text
 * (trimmed to 40 characters: it goes into a reason).
 *
 * @example
 * firstPhrase([{ lang: "en", pattern: /\bremove me\b/ }], "please remove me") // { lang: "en", match: "remove me" }
 */
export function firstPhrase(phrases: readonly Phrase[], folded: string): { lang: Phrase["lang"]; match: string } | null {
  for (const { lang, pattern } of phrases) {
    const m = pattern.exec(folded);
    if (m) return { lang, match: m[0].trim().replace(/\s+/g, " ").slice(0, 40) };
  }
  return null;
}
