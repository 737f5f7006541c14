import { describe, expect, it } from "vitest";
import { rewrite } from "../../../../test/fakes/fixture-web-client.ts";
import { collectPageText, MAX_PAGE_TEXT } from "./page-text-collector.ts";

describe("collectPageText", () => {
  it.each<{ name: string; html: string; text: string }>([
    { name: "blocks become lines", html: "<h1>About</h1><p>We build <b>robots</b>.</p><ul><li>One</li><li>Two</li></ul>", text: "About\nWe build robots.\nOne\nTwo" },
    { name: "scripts, styles and svg are not text", html: "<p>A</p><script>var x = 1;</script><style>p{}</style><svg><text>chart</text></svg><p>B</p>", text: "A\nB" },
    { name: "entities decoded", html: "<p>Gesch&auml;ftsf&uuml;hrung &amp; Team</p>", text: "Geschäftsführung & Team" },
    { name: "title counts, unclosed tags do not hide text", html: "<title>Acme</title><div><p>Hello <i>world", text: "Acme\nHello world" },
  ])("$name", async ({ html, text }) => expect(await rewrite(html, collectPageText)).toBe(text));

  it("caps the text", async () => {
    expect((await rewrite(`<p>${"word ".repeat(MAX_PAGE_TEXT)}</p>`, collectPageText)).length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
  });
});
