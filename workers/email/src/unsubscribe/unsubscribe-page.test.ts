import { describe, expect, it } from "vitest";
import { unsubscribePage, type UnsubscribePage } from "./unsubscribe-page.ts";

const TOKEN = `${"a".repeat(32)}-${"b".repeat(20)}`;

describe("unsubscribePage", () => {
  it("the confirmation page POSTs the RFC 8058 body to the same URL, with no script", () => {
    const html = unsubscribePage({ kind: "confirm", token: TOKEN });
    expect(html).toContain(`<form method="post" action="/unsubscribe?token=${TOKEN}">`);
    expect(html).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">');
    expect(html).not.toMatch(/<script|<a |https?:/i);
  });

  it("escapes what it shows", () => {
    const html = unsubscribePage({ kind: "confirm", token: '"><script>x</script>' });
    expect(html).not.toContain("<script>");
    expect(html).toContain("%22%3E%3Cscript%3E");
  });

  it.each([
    [{ kind: "done" }, "You are unsubscribed"],
    [{ kind: "invalid" }, "This link is not valid"],
    [{ kind: "gone" }, "This link has expired"],
    [{ kind: "unavailable" }, "Please try again"],
  ] as [UnsubscribePage, string][])("%j has no form and says %s", (page, title) => {
    const html = unsubscribePage(page);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).not.toContain("<form");
  });
});
