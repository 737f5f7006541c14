import { collectJsonLd, decodeEntities, type HtmlScope } from "@agentic-sales/shared/web";
import { collectPageText } from "../../../site/page-text-collector.ts";
import type { PageFacts } from "./site-facts.ts";

/** Assets kept per page: enough for fingerprints, bounded for bundles with hundreds of chunks. */
const MAX_ASSETS = 200;
const ROOT_IDS = new Set(["__next", "__nuxt", "___gatsby", "svelte", "app", "root"]);

const content = (el: Element) => decodeEntities(el.getAttribute("content") ?? "").replace(/\s+/g, " ").trim() || null;

/**
 * Registers the company-fact collectors on one page's scope: title, meta
 * description / generator / Open Graph, `html[lang]`, script and stylesheet
 * URLs, framework root ids, `<address>` text, JSON-LD and visible text.
 *
 * @example
 * const facts = collectFacts(scope);
 * // after the page is read:
 * facts().generator; // "WordPress 6.5.2"
 */
export function collectFacts(scope: HtmlScope): () => PageFacts {
  const { rewriter, onEndTag } = scope;
  const facts: PageFacts = { title: null, description: null, ogSiteName: null, ogDescription: null, generator: null, lang: null, assets: [], rootIds: [], addresses: [], jsonLd: [], text: "" };
  const jsonLd = collectJsonLd(scope);
  const text = collectPageText(scope);
  let title: string | null = null;
  let address: string | null = null;
  rewriter
    .on("html[lang]", { element: (el) => void (facts.lang ??= el.getAttribute("lang")?.trim().toLowerCase() || null) })
    .on("title", {
      element(el) {
        title = "";
        onEndTag(el, () => {
          facts.title ??= decodeEntities(title ?? "").replace(/\s+/g, " ").trim() || null;
          title = null;
        });
      },
      text: (chunk) => void (title !== null && title.length < 500 && (title += chunk.text)),
    })
    .on('meta[name="description" i]', { element: (el) => void (facts.description ??= content(el)) })
    .on('meta[name="generator" i]', { element: (el) => void (facts.generator ??= content(el)) })
    .on('meta[property="og:site_name" i]', { element: (el) => void (facts.ogSiteName ??= content(el)) })
    .on('meta[property="og:description" i]', { element: (el) => void (facts.ogDescription ??= content(el)) })
    .on("script[src], link[href]", {
      element(el) {
        const url = el.getAttribute("src") ?? el.getAttribute("href");
        if (url && facts.assets.length < MAX_ASSETS) facts.assets.push(url);
      },
    })
    .on("[id]", { element: (el) => void (ROOT_IDS.has(el.getAttribute("id") ?? "") && facts.rootIds.push(el.getAttribute("id")!)) })
    .on("address", {
      element(el) {
        address = "";
        onEndTag(el, () => {
          const clean = decodeEntities(address ?? "").replace(/\s*\n\s*/g, ", ").replace(/\s+/g, " ").replace(/^,\s*|,\s*$/g, "").trim();
          if (clean) facts.addresses.push(clean.slice(0, 300));
          address = null;
        });
      },
      text: (chunk) => void (address !== null && address.length < 600 && (address += chunk.text)),
    })
    .on("address br", { element: () => void (address !== null && (address += "\n")) });
  return () => ({ ...facts, jsonLd: jsonLd.values, text: text() });
}
