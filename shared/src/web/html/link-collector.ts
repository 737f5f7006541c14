import { resolveHref } from "../site-url.ts";
import { decodeEntities } from "./decode-entities.ts";
import type { HtmlScope } from "./html-scope.ts";

/** A hyperlink as the page shows it. */
export interface PageLink {
  readonly url: URL;
  /** Visible text, whitespace collapsed (an image link's `alt`/`title` when it has none). */
  readonly text: string;
}

export interface CollectedLinks {
  /** http(s) links, in document order. */
  readonly links: PageLink[];
  /** Addresses from `mailto:` links, lower-cased, query dropped. */
  readonly mailto: string[];
}

/** Longest link text kept: navigation labels are short; a whole card wrapped in <a> is not a label. */
const MAX_TEXT = 120;

/**
 * Collects the page's links (`a[href]`, resolved against `<base href>` when
 * present) and `mailto:` addresses while the page streams past.
 *
 * @example
 * const collected = collectLinks(scope, "https://acme.de/");
 * // after the page is read:
 * collected.links; // [{ url: URL("https://acme.de/team"), text: "Team" }, …]
 */
export function collectLinks({ rewriter, onEndTag }: HtmlScope, pageUrl: string): CollectedLinks {
  const out: CollectedLinks = { links: [], mailto: [] };
  let base = pageUrl;
  let open: { href: string; text: string; label: string } | null = null;
  rewriter
    .on("base[href]", {
      element(el) {
        base = resolveHref(el.getAttribute("href") ?? "", pageUrl)?.href ?? base;
      },
    })
    .on("a[href]", {
      element(el) {
        const current = { href: el.getAttribute("href") ?? "", text: "", label: el.getAttribute("title") ?? "" };
        open = current;
        onEndTag(el, () => {
          finish(out, current, base);
          if (open === current) open = null;
        });
      },
      text(chunk) {
        if (open && open.text.length < MAX_TEXT * 2) open.text += chunk.text;
      },
    })
    .on("a[href] img[alt]", {
      element(el) {
        if (open && !open.label) open.label = el.getAttribute("alt") ?? "";
      },
    });
  return out;
}

function finish(out: CollectedLinks, link: { href: string; text: string; label: string }, base: string): void {
  const href = link.href.trim();
  if (/^mailto:/i.test(href)) {
    const address = decodeURIComponent(href.slice(7).split("?")[0] ?? "").trim().toLowerCase();
    if (address) out.mailto.push(address);
    return;
  }
  const url = resolveHref(href, base);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return;
  const text = (decodeEntities(link.text).replace(/\s+/g, " ").trim() || link.label.trim()).slice(0, MAX_TEXT);
  out.links.push({ url, text });
}
