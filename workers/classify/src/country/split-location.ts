/** A location string taken apart: its parts, its parenthetical asides and any flag emoji. */
export interface LocationPieces {
  /** Comma-like separated parts outside parentheses, in order. */
  readonly parts: readonly string[];
  /** Parts found inside parentheses or brackets ("(remote-friendly)"). */
  readonly asides: readonly string[];
  /** ISO codes spelled by regional-indicator flag emoji ("🇩🇪" → "DE"). */
  readonly flags: readonly string[];
}

// Hyphen and slash separate only with spaces around them: "Baden-Württemberg", "N/A".
const SEPARATOR = /[,;|·•、・،\n]|\s[-–—/]\s/;
const ASIDE = /[([]([^()[\]]*)[)\]]/g;
const FLAG = /\p{Regional_Indicator}{2}/gu;
const REGIONAL_INDICATOR_A = 0x1f1e6;

/**
 * Splits a location string into parts, asides and flags (NFKC first, so
 * full-width commas and brackets count).
 *
 * @example
 * splitLocation("Cambridge, MA (remote-friendly)")
 * // { parts: ["Cambridge", "MA"], asides: ["remote-friendly"], flags: [] }
 */
export function splitLocation(location: string): LocationPieces {
  let text = location.normalize("NFKC");
  const flags = [...text.matchAll(FLAG)].map(([flag]) =>
    String.fromCharCode(...[...flag].map((letter) => (letter.codePointAt(0) ?? 0) - REGIONAL_INDICATOR_A + 65)),
  );
  text = text.replace(FLAG, " ");
  const asides = [...text.matchAll(ASIDE)].flatMap(([, inside]) => splitParts(inside ?? ""));
  return { parts: splitParts(text.replace(ASIDE, " ").replace(/[()[\]]/g, " ")), asides, flags };
}

function splitParts(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
