import { foldText, type PageLink } from "@agentic-sales/shared/web";

/**
 * Phrases (folded: no accents, lower case) of pages that describe the company
 * itself, with how much they are worth: about pages (what it does, where,
 * how big), imprint/legal pages (registered address, required in DE/AT/FR/ES),
 * contact pages (address), product and careers pages (what it sells, growth).
 */
export const COMPANY_LINK_WORDS: ReadonlyArray<readonly [phrase: string, weight: number]> = [
  ["about", 5], ["about us", 5], ["uber uns", 5], ["ueber uns", 5], ["a propos", 5], ["qui sommes nous", 5], ["sobre nosotros", 5],
  ["quienes somos", 5], ["chi siamo", 5], ["over ons", 5], ["unternehmen", 4], ["company", 4], ["our practice", 4], ["practice", 3],
  ["impressum", 4], ["imprint", 4], ["legal notice", 4], ["mentions legales", 4], ["aviso legal", 4], ["note legali", 4],
  ["contact", 3], ["contact us", 3], ["kontakt", 3], ["contacto", 3], ["contatti", 3],
  ["product", 2], ["products", 2], ["produkte", 2], ["solutions", 2], ["losungen", 2], ["services", 2], ["leistungen", 2], ["proyectos", 1],
  ["careers", 2], ["karriere", 2], ["jobs", 2], ["empleo", 2], ["carrieres", 2], ["collections", 1],
];

const PHRASES = COMPANY_LINK_WORDS.map(([phrase, weight]) => ({ pattern: new RegExp(`(^| )${phrase}( |$)`), weight }));
const best = (folded: string) => PHRASES.reduce((max, { pattern, weight }) => (pattern.test(folded) ? Math.max(max, weight) : max), 0);

/**
 * How much a link is worth following to describe a company, 0 for "never":
 * the best phrase in its text (+1: the site's own name for the page) or path.
 *
 * @example
 * scoreCompanyLink({ url: new URL("https://acme.de/ueber-uns"), text: "Über uns" }); // 6
 * scoreCompanyLink({ url: new URL("https://acme.de/blog/x"), text: "Blog" });        // 0
 */
export function scoreCompanyLink(link: PageLink): number {
  const text = best(foldText(link.text));
  let path = link.url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: match the raw path
  }
  const fromPath = best(foldText(path));
  if (text === 0 && fromPath === 0) return 0;
  return Math.max(text + 1, fromPath);
}
