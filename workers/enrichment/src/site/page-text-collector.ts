import { decodeEntities, type HtmlScope } from "@agentic-sales/shared/web";

/** Visible text kept per page; enough for an about page, bounded for a catalogue. */
export const MAX_PAGE_TEXT = 60_000;

/** Elements whose text is not prose a visitor reads. */
const HIDDEN = "script, style, noscript, template, svg";
/** Block-level ends: a sentence break, so words from two blocks never join. */
const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, div, section, article, address, br, dt, dd, blockquote";

/**
 * Collects a page's visible text (script, style, svg and templates excluded), with a
 * line break between blocks, entities decoded, capped at MAX_PAGE_TEXT.
 *
 * @example
 * const text = collectPageText(scope);
 * // after the page is read:
 * text(); // "About us\nWe build robots …"
 */
export function collectPageText({ rewriter, onEndTag }: HtmlScope): () => string {
  let text = "";
  let hidden = 0;
  rewriter
    .on(HIDDEN, {
      element(el) {
        hidden++;
        onEndTag(el, () => void hidden--);
      },
    })
    .on(BLOCKS, {
      element() {
        if (text.length < MAX_PAGE_TEXT && !text.endsWith("\n")) text += "\n";
      },
    })
    .onDocument({
      text(chunk) {
        if (hidden === 0 && text.length < MAX_PAGE_TEXT) text += chunk.text;
      },
    });
  return () => decodeEntities(text).replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/ ?\n[\n ]*/g, "\n").trim().slice(0, MAX_PAGE_TEXT);
}
