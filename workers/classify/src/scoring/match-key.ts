/**
 * A matching key for free text from CRMs and enrichment (industries, job
 * titles): lower case, accents removed, any punctuation a space, spaces
 * collapsed, padded with one space each side so whole-word containment is a
 * plain `includes(" term ")`.
 *
 * @example
 * matchKey("Computer Software") // " computer software "
 * matchKey("Geschäftsführer / CEO") // " geschaftsfuhrer ceo "
 */
export function matchKey(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return ` ${folded} `;
}

/**
 * The first term (as written) whose key occurs as whole words in `text`, or null.
 *
 * @example
 * firstTermIn("Computer Software", ["fintech", "software"]) // "software"
 */
export function firstTermIn(text: string, terms: readonly string[]): string | null {
  const key = matchKey(text);
  return terms.find((term) => matchKey(term).trim() !== "" && key.includes(matchKey(term))) ?? null;
}
