import { describe, expect, it } from "vitest";
import { rewrite } from "../../../../../test/fakes/fixture-web-client.ts";

describe("htmlScope", () => {
  it("runs every collector's end-tag callback for the same element (HTMLRewriter alone keeps only the last)", async () => {
    const log = await rewrite("<div><script>x</script><br><p>y</p></div>", ({ rewriter, onEndTag }) => {
      const events: string[] = [];
      rewriter.on("script", { element: (el) => onEndTag(el, () => void events.push("first:script")) });
      rewriter.on("script", { element: (el) => onEndTag(el, () => void events.push("second:script")) });
      // Void elements have no end tag: the callback runs at once.
      rewriter.on("br", { element: (el) => onEndTag(el, () => void events.push("br")) });
      rewriter.on("div", { element: (el) => onEndTag(el, () => void events.push("div")) });
      return () => events;
    });
    expect(log).toEqual(["first:script", "second:script", "br", "div"]);
  });
});
