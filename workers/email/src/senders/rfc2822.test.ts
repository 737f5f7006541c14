import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../campaign/sender.ts";
import { buildRfc2822 } from "./rfc2822.ts";

const BASE: OutgoingMessage = {
  from: { address: "sam@acme.example", name: "Sam Seller" },
  to: "ada@example.com",
  subject: "Quick question",
  text: "Hi Ada,\n\nShort note.\n",
  date: "2026-11-24T15:00:00.000Z",
  headers: {
    "Reply-To": "reply+0123456789abcdef0123456789abcdef-0123456789abcdef0123@replies.example",
    "List-Unsubscribe": "<https://app.example/unsubscribe?token=abc>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  },
};
const ID = { messageId: "<key.0@acme.example>" };

interface Case {
  readonly description: string;
  readonly message: OutgoingMessage;
  readonly subject: string;
  readonly fromName: string;
  readonly text: string;
  readonly encoding: "7bit" | "base64";
}

const CASES: Case[] = [
  { description: "plain ASCII goes as 7bit", message: BASE, subject: "Quick question", fromName: "Sam Seller", text: "Hi Ada,\n\nShort note.\n", encoding: "7bit" },
  {
    // RFC 2047 encoded words for the subject and display name, base64 UTF-8 body
    description: "non-ASCII subject, name and body",
    message: { ...BASE, from: { address: "jo@acme.example", name: "Jörg Müller" }, subject: "Grüße aus München – kurze Frage zu Ihrer Logistik", text: "Hallo Frau Groß,\nschöne Grüße." },
    subject: "Grüße aus München – kurze Frage zu Ihrer Logistik",
    fromName: "Jörg Müller",
    text: "Hallo Frau Groß,\nschöne Grüße.",
    encoding: "base64",
  },
  {
    // a line over RFC 5322's 998 characters cannot go as 7bit
    description: "an over-long ASCII line forces base64",
    message: { ...BASE, text: "x".repeat(1200) },
    subject: "Quick question",
    fromName: "Sam Seller",
    text: "x".repeat(1200),
    encoding: "base64",
  },
  {
    description: "quotes in the display name are escaped",
    message: { ...BASE, from: { address: "sam@acme.example", name: 'Sam "The Seller"' } },
    subject: "Quick question",
    fromName: 'Sam "The Seller"',
    text: "Hi Ada,\n\nShort note.\n",
    encoding: "7bit",
  },
];

const headerOf = (raw: string, name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(raw)?.[1];

describe("buildRfc2822", () => {
  it.each(CASES)("$description", async ({ message, subject, fromName, text, encoding }) => {
    const raw = buildRfc2822(message, ID);
    // CRLF everywhere, no bare LF, every line within 998 characters
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(raw.split("\r\n").every((l) => l.length <= 998)).toBe(true);
    expect(headerOf(raw, "Content-Transfer-Encoding")).toBe(encoding);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe(subject);
    expect(parsed.from).toEqual({ address: message.from.address, name: fromName });
    expect(parsed.to).toEqual([{ address: "ada@example.com", name: "" }]);
    expect(parsed.messageId).toBe("<key.0@acme.example>");
    expect(parsed.date).toBe("2026-11-24T15:00:00.000Z");
    expect(parsed.text?.replace(/\r\n/g, "\n")).toBe(text);
  });

  it("keeps the one-click headers on single unfolded lines (DKIM)", () => {
    const raw = buildRfc2822(BASE, ID);
    expect(raw).toContain("\r\nList-Unsubscribe: <https://app.example/unsubscribe?token=abc>\r\n");
    expect(raw).toContain("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
    expect(raw).toContain("\r\nReply-To: reply+");
  });

  it("writes threading headers of a reply", async () => {
    const raw = buildRfc2822({ ...BASE, subject: "Re: Quick question", headers: { ...BASE.headers, "In-Reply-To": "<a@x.example>", References: "<z@x.example> <a@x.example>" } }, ID);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.inReplyTo).toBe("<a@x.example>");
    expect(parsed.references).toBe("<z@x.example> <a@x.example>");
  });

  it.each([
    ["a line break in a header value (header injection)", { ...BASE, headers: { "X-Note": "a\r\nBcc: victim@example.com" } }, /line break/],
    ["a line break in the subject", { ...BASE, subject: "Hi\nBcc: x@example.com" }, /line break/],
    ["a header the builder writes", { ...BASE, headers: { "Message-ID": "<other@x>" } }, /written by the builder/],
    ["an invalid header name", { ...BASE, headers: { "Bad Name": "x" } }, /not a header field name/],
    ["an address with a second recipient", { ...BASE, to: "ada@example.com, eve@example.com" }, /not a plain email address/],
    ["an unparseable date", { ...BASE, date: "yesterday" }, /not an ISO 8601 instant/],
  ] as const)("refuses %s", (_, message, error) => {
    expect(() => buildRfc2822(message as OutgoingMessage, ID)).toThrow(error);
  });
});
