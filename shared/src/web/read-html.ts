import { capBytes, type CapState } from "./byte-cap.ts";
import type { FetchedPage } from "./fetch-page.ts";
import { htmlScope, type HtmlScope } from "./html/html-scope.ts";
import { PageSkip } from "./page-skip.ts";
import { utf8Body } from "./utf8-body.ts";

export interface ReadStats {
  /** Body bytes read off the wire (after content decoding). */
  readonly bytes: number;
  /** The encoding the page was decoded from. */
  readonly encoding: string;
}

/**
 * Streams a fetched page through HTMLRewriter with the handlers `register`
 * adds: the body is capped at `maxBytes`, decoded by its charset, and parsed
 * chunk by chunk with no DOM. Handlers collect what they need as it passes.
 * Throws `PageSkip` (`too_large`, `timeout`, `parse_failed`).
 *
 * @example
 * const links: string[] = [];
 * await readHtml(page, 2_000_000, ({ rewriter }) => rewriter.on("a[href]", { element: (a) => void links.push(a.getAttribute("href")!) }));
 */
export async function readHtml(page: FetchedPage, maxBytes: number, register: (scope: HtmlScope) => void): Promise<ReadStats> {
  const cap: CapState = { bytes: 0, exceeded: false };
  try {
    const { stream, encoding } = await utf8Body(page.body.pipeThrough(capBytes(maxBytes, cap)), page.charset);
    const rewriter = new HTMLRewriter();
    register(htmlScope(rewriter));
    const parsed = rewriter.transform(new Response(stream, { headers: { "content-type": "text/html; charset=utf-8" } }));
    // The rewritten output is not needed: handlers have seen everything once it is drained.
    await parsed.body?.pipeTo(new WritableStream());
    return { bytes: cap.bytes, encoding };
  } catch (e) {
    if (cap.exceeded) throw new PageSkip("too_large", `over ${maxBytes} bytes`);
    if (page.signal.aborted) throw new PageSkip("timeout", "while reading the body");
    throw new PageSkip("parse_failed", e instanceof Error ? e.message.slice(0, 200) : "unknown");
  }
}
