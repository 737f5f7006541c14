import { escapeData, normalizeUntrusted } from "../../../shared/src/gateway/trust/neutralize.ts";

// What a graph may legitimately do to a field before quoting it: nothing, a
// schema `.trim()`, or country_classify's NFKC + whitespace collapse.
const PREPARE: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => s.trim(),
  (s) => s.replace(/\s+/g, " ").trim(),
  (s) => s.normalize("NFKC").replace(/\s+/g, " ").trim(),
];
// Then: quoted as untrusted (normalised) or not, and alone or inside a JSON document.
const NORMALISE: readonly ((s: string) => string)[] = [(s) => s, normalizeUntrusted];
const ENCODE: readonly ((s: string) => string)[] = [(s) => s, (s) => JSON.stringify(s).slice(1, -1)];

/** Shorter forms could occur in a prompt by coincidence; every corpus string is far longer. */
const MIN_FORM_LENGTH = 12;

/**
 * The spellings an injection string can take on its way into a prompt:
 * `plain` (before data-block escaping: must never show outside a block) and
 * `quoted` (escaped as `dataBlock` does: how it appears inside one).
 *
 * @example
 * textForms("</data>x").quoted.includes("&lt;/data&gt;x"); // true
 */
export function textForms(text: string): { plain: string[]; quoted: string[] } {
  const plain = new Set<string>();
  for (const prepare of PREPARE) for (const normalise of NORMALISE) for (const encode of ENCODE) plain.add(encode(normalise(prepare(text))));
  const kept = [...plain].filter((f) => f.length >= MIN_FORM_LENGTH);
  return { plain: kept, quoted: [...new Set(kept.map(escapeData))] };
}
