/** Elements that never have an end tag (HTML's void elements); HTMLRewriter throws if asked for one. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);

/**
 * One page's rewriter plus end-tag callbacks that compose. HTMLRewriter keeps
 * only the last `onEndTag` handler per element (each collector calling it
 * would silently replace the others'), so one catch-all handler, registered
 * first, owns every element's end tag and runs all callbacks added for it.
 */
export interface HtmlScope {
  readonly rewriter: HTMLRewriter;
  /** Runs `close` at the element's end tag, or at once when it has none (void or unpaired). */
  onEndTag(element: Element, close: () => void): void;
}

/**
 * Makes the scope; call it before any collector registers handlers, so its
 * catch-all handler runs first for every element.
 *
 * @example
 * const scope = htmlScope(new HTMLRewriter());
 * scope.rewriter.on(".h-card", { element: (el) => { open(); scope.onEndTag(el, close); } });
 */
export function htmlScope(rewriter: HTMLRewriter): HtmlScope {
  // Handlers for one start tag run back to back, so "the current element" is the last one the catch-all saw.
  let current: (() => void)[] | null = null;
  rewriter.on("*", {
    element(el) {
      current = null;
      if (VOID_ELEMENTS.has(el.tagName.toLowerCase())) return;
      const callbacks: (() => void)[] = [];
      try {
        el.onEndTag(() => {
          for (const close of callbacks.splice(0)) close();
        });
        current = callbacks;
      } catch {
        // The parser cannot pair this element: callbacks run at once (current stays null).
      }
    },
  });
  return {
    rewriter,
    onEndTag(_element, close) {
      if (current) current.push(close);
      else close();
    },
  };
}
