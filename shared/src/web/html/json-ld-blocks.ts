import type { HtmlScope } from "./html-scope.ts";

export interface JsonLdBlocks {
  /** Parsed `application/ld+json` values, in document order. */
  readonly values: unknown[];
  /** Blocks that were not valid JSON or were over the size cap. */
  errors: number;
}

/** A JSON-LD block bigger than this is not metadata about people or a company; it is skipped. */
export const MAX_JSON_LD_CHARS = 256_000;

/**
 * Collects and parses every `<script type="application/ld+json">` block as
 * the page streams past. Malformed blocks are counted, never thrown.
 *
 * @example
 * const blocks = collectJsonLd(scope);
 * // after the page is read:
 * blocks.values; // [{ "@type": "Organization", … }]
 */
export function collectJsonLd({ rewriter, onEndTag }: HtmlScope): JsonLdBlocks {
  const out: JsonLdBlocks = { values: [], errors: 0 };
  let buffer: string | null = null;
  rewriter.on('script[type="application/ld+json" i]', {
    element(el) {
      buffer = "";
      onEndTag(el, () => {
        const text = buffer;
        buffer = null;
        if (text === null || text.trim() === "") return;
        if (text.length > MAX_JSON_LD_CHARS) return void out.errors++;
        try {
          out.values.push(JSON.parse(text));
        } catch {
          out.errors++;
        }
      });
    },
    text(chunk) {
      // Script content is raw text (no entities), so chunks join as they are.
      if (buffer !== null && buffer.length <= MAX_JSON_LD_CHARS) buffer += chunk.text;
    },
  });
  return out;
}
