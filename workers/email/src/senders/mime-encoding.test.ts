import { describe, expect, it } from "vitest";
import { base64UrlOf, encodedWords, formatAddress, headerText, rfc5322Date, wrapBase64 } from "./mime-encoding.ts";

describe("mime encoding", () => {
  it.each([
    ["ASCII stays as is", "Quick question", "Quick question"],
    ["one encoded word", "Café?", "=?UTF-8?B?Q2Fmw6k/?="],
    ["empty", "", ""],
  ])("headerText: %s", (_, input, expected) => {
    expect(headerText(input)).toBe(expected);
  });

  it("splits long text into words of at most 75 characters, never inside a character", () => {
    const words = encodedWords("Grüße ".repeat(20));
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((w) => w.length <= 75)).toBe(true);
    const decoded = words.map((w) => new TextDecoder().decode(Uint8Array.from(atob(w.slice(10, -2)), (c) => c.charCodeAt(0)))).join("");
    expect(decoded).toBe("Grüße ".repeat(20));
  });

  it.each([
    [{ address: "sam@acme.example", name: null }, "sam@acme.example"],
    [{ address: "sam@acme.example", name: "Sam Seller" }, '"Sam Seller" <sam@acme.example>'],
    // specials inside the quoted string are escaped
    [{ address: "sam@acme.example", name: 'Sam "S" \\ Seller' }, '"Sam \\"S\\" \\\\ Seller" <sam@acme.example>'],
    [{ address: "jo@acme.example", name: "Jörg" }, "=?UTF-8?B?SsO2cmc=?= <jo@acme.example>"],
    // a line break in a display name never starts a new header
    [{ address: "sam@acme.example", name: "Sam\r\nBcc: x@y" }, '"Sam Bcc: x@y" <sam@acme.example>'],
  ])("formatAddress(%j) = %s", (mailbox, expected) => {
    expect(formatAddress(mailbox)).toBe(expected);
  });

  it.each(["a@b@c", "ada@example.com>", "ada @example.com", "<ada@example.com>", "ada"])("formatAddress refuses %j", (address) => {
    expect(() => formatAddress({ address })).toThrow(/not a plain email address/);
  });

  it.each([
    ["2026-11-24T15:00:00.000Z", "Tue, 24 Nov 2026 15:00:00 +0000"],
    ["2026-01-03T09:05:07+01:00", "Sat, 03 Jan 2026 08:05:07 +0000"],
  ])("rfc5322Date(%s)", (iso, expected) => {
    expect(rfc5322Date(iso)).toBe(expected);
  });

  it("base64url uses - and _ and keeps the padding", () => {
    expect(base64UrlOf("\u00fb\u00ff")).toBe("w7vDvw==");
    expect(base64UrlOf("a?b>")).toBe("YT9iPg==");
    expect(base64UrlOf("??>")).toBe("Pz8-");
  });

  it("wraps base64 at 76 characters", () => {
    expect(wrapBase64("A".repeat(200)).split("\r\n").map((l) => l.length)).toEqual([76, 76, 48]);
  });
});
