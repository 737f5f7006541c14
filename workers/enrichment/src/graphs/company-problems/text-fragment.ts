/**
 * A URL that opens the page scrolled to and highlighting `snippet` (WICG
 * Scroll-to-Text Fragment: `#:~:text=`). The snippet is percent-encoded,
 * with `-`, `&` and `,` escaped too, since they are syntax inside the
 * directive. An existing fragment is replaced.
 *
 * @example
 * textFragmentUrl("https://acme.de/about#top", "manual processes, daily"); // "https://acme.de/about#:~:text=manual%20processes%2C%20daily"
 */
export function textFragmentUrl(url: string, snippet: string): string {
  const base = url.split("#")[0];
  const encoded = encodeURIComponent(snippet.replace(/\s+/g, " ").trim()).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  return `${base}#:~:text=${encoded}`;
}
