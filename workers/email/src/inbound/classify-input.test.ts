import { describe, expect, it } from "vitest";
import { classifyInputOf, truncateUtf8 } from "./classify-input.ts";
import type { ParsedMail } from "./parse-message.ts";

const mail = (over: Partial<ParsedMail> = {}): ParsedMail => ({
  messageId: "<a@mail.example.com>",
  fromAddress: "ada@example.com",
  fromHeader: "Ada Example <ada@example.com>",
  subject: "Re: Quick question",
  text: "Sounds good.",
  headers: new Map([
    ["received", "from mx by mx"],
    ["dkim-signature", "v=1; …"],
    ["from", "Ada Example <ada@example.com>"],
    ["auto-submitted", "auto-replied"],
    ["content-type", "text/plain; charset=utf-8"],
  ]),
  deliveredTo: [],
  to: [],
  cc: [],
  ...over,
});
const AT = "2026-11-24T15:00:00.000Z";

describe("classifyInputOf", () => {
  it("keeps the headers that carry intent, drops trace and signature headers", () => {
    expect(classifyInputOf(mail(), AT)).toEqual({
      headers: { from: "Ada Example <ada@example.com>", "auto-submitted": "auto-replied", "content-type": "text/plain; charset=utf-8" },
      from: "Ada Example <ada@example.com>",
      subject: "Re: Quick question",
      text: "Sounds good.",
      received_at: AT,
    });
  });

  it.each([
    // the contract's limits: 200 headers, 8 KiB values, 998-char lines, valid field names
    ["at most 200 headers", mail({ headers: new Map(Array.from({ length: 250 }, (_, i) => [`x-h${i}`, "v"])) }), (i: ReturnType<typeof classifyInputOf>) => Object.keys(i.headers).length === 200],
    ["header values cut to 8 KiB", mail({ headers: new Map([["x-long", "v".repeat(10_000)]]) }), (i: ReturnType<typeof classifyInputOf>) => i.headers["x-long"]!.length === 8192],
    ["invalid field names left out", mail({ headers: new Map([["bad name", "v"], ["ok", "v"]]) }), (i: ReturnType<typeof classifyInputOf>) => Object.keys(i.headers).join() === "ok"],
    ["subject cut to 998", mail({ subject: "s".repeat(2000) }), (i: ReturnType<typeof classifyInputOf>) => i.subject.length === 998],
    ["text cut to 100 KiB of UTF-8", mail({ text: "ü".repeat(60_000) }), (i: ReturnType<typeof classifyInputOf>) => new TextEncoder().encode(i.text).length === 100 * 1024],
    ["the address when From has no header text", mail({ fromHeader: "" }), (i: ReturnType<typeof classifyInputOf>) => i.from === "ada@example.com"],
  ] as const)("%s", (_, input, check) => {
    expect(check(classifyInputOf(input, AT))).toBe(true);
  });

  it("truncateUtf8 never cuts inside a character", () => {
    expect(truncateUtf8("Grüße", 3)).toBe("Gr");
    expect(truncateUtf8("Grüße", 4)).toBe("Grü");
    expect(truncateUtf8("abc", 10)).toBe("abc");
  });
});
