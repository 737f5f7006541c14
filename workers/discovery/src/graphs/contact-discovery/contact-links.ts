import { foldText, type PageLink } from "@agentic-sales/shared/web";

/**
 * Words in link text or path that lead to people, with how much: team pages
 * list the most people; about pages often have founders; imprint/legal pages
 * name managing directors (required in DE/AT/FR/ES); contact pages have
 * addresses. Folded (no accents, lower case), in EN, DE, FR, ES, IT, NL.
 */
export const CONTACT_LINK_WORDS: ReadonlyArray<readonly [phrase: string, weight: number]> = [
  ["team", 5], ["our team", 5], ["unser team", 5], ["equipe", 5], ["l equipe", 5], ["equipo", 5], ["nuestro equipo", 5], ["people", 4],
  ["leadership", 5], ["management", 4], ["geschaftsfuhrung", 5], ["fuhrungsteam", 5], ["direction", 3], ["mitarbeiter", 3], ["staff", 4],
  ["about", 3], ["about us", 3], ["uber uns", 3], ["ueber uns", 3], ["a propos", 3], ["qui sommes nous", 3], ["sobre nosotros", 3],
  ["quienes somos", 3], ["chi siamo", 3], ["over ons", 3], ["unternehmen", 2], ["company", 2], ["practice", 2], ["our practice", 2],
  ["impressum", 3], ["imprint", 3], ["legal notice", 2], ["mentions legales", 3], ["aviso legal", 3], ["note legali", 2],
  ["contact", 2], ["contact us", 2], ["kontakt", 2], ["contacto", 2], ["contatti", 2],
];

const PHRASES = CONTACT_LINK_WORDS.map(([phrase, weight]) => ({ pattern: new RegExp(`(^| )${phrase}( |$)`), weight }));

/** The best weight any phrase gets in a folded text, 0 when none matches. */
const bestWeight = (folded: string) => PHRASES.reduce((best, { pattern, weight }) => (pattern.test(folded) ? Math.max(best, weight) : best), 0);

/**
 * How much a link is worth following to find people: the best phrase in its
 * text or in its path (text counts a little more: it is what the site calls
 * the page), 0 for anything else. Language-independent by folding
 * ("Über uns" → "uber uns", "/ueber-uns" → "ueber uns", "À propos" → "a propos").
 *
 * @example
 * scoreContactLink({ url: new URL("https://acme.de/ueber-uns"), text: "Über uns" }); // 4
 * scoreContactLink({ url: new URL("https://acme.de/blog/post-1"), text: "Read" });   // 0
 */
export function scoreContactLink(link: PageLink): number {
  const text = bestWeight(foldText(link.text));
  const path = bestWeight(foldText(decodeURIComponentSafe(link.url.pathname)));
  if (text === 0 && path === 0) return 0;
  return Math.max(text + 1, path);
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
