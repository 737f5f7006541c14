import { describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../campaign/sender.ts";
import { graphMessageOf, PID_TAG_LIST_UNSUBSCRIBE } from "./graph-message.ts";

const BASE: OutgoingMessage = {
  from: { address: "sam@acme.example", name: "Sam" },
  to: "ada@example.com",
  subject: "Quick question",
  text: "Hello",
  date: "2026-11-24T15:00:00.000Z",
  headers: {},
};

interface Case {
  readonly description: string;
  readonly headers: Record<string, string>;
  readonly forReply?: boolean;
  readonly expected: Record<string, unknown>;
  readonly dropped: string[];
}

const CASES: Case[] = [
  { description: "no headers: no header properties at all (an empty array is a Graph 400)", headers: {}, expected: {}, dropped: [] },
  { description: "Reply-To becomes the replyTo property", headers: { "Reply-To": "reply+t@replies.example" }, expected: { replyTo: [{ emailAddress: { address: "reply+t@replies.example" } }] }, dropped: [] },
  { description: "a named Reply-To keeps only the address", headers: { "Reply-To": "Sam <reply+t@replies.example>" }, expected: { replyTo: [{ emailAddress: { address: "reply+t@replies.example" } }] }, dropped: [] },
  {
    // Graph refuses List-Unsubscribe as a header; MAPI 0x1045 carries it
    description: "List-Unsubscribe goes as PidTagListUnsubscribe; its -Post companion has no Graph equivalent",
    headers: { "List-Unsubscribe": "<https://app.example/u?token=x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    expected: { singleValueExtendedProperties: [{ id: PID_TAG_LIST_UNSUBSCRIBE, value: "<https://app.example/u?token=x>" }] },
    dropped: ["List-Unsubscribe-Post"],
  },
  {
    description: "x- headers pass, at most five",
    headers: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`X-H${i}`, `v${i}`])),
    expected: { internetMessageHeaders: Array.from({ length: 5 }, (_, i) => ({ name: `X-H${i}`, value: `v${i}` })) },
    dropped: ["X-H5"],
  },
  // threading headers cannot be set; a reply goes to /messages/{id}/reply instead
  { description: "In-Reply-To and References are dropped", headers: { "In-Reply-To": "<a@x>", References: "<a@x>", Precedence: "bulk" }, expected: {}, dropped: ["In-Reply-To", "References", "Precedence"] },
];

describe("graphMessageOf", () => {
  it.each(CASES)("$description", ({ headers, expected, dropped }) => {
    const out = graphMessageOf({ ...BASE, headers });
    expect(out.message).toEqual({ subject: "Quick question", body: { contentType: "Text", content: "Hello" }, toRecipients: [{ emailAddress: { address: "ada@example.com" } }], ...expected });
    expect(out.dropped).toEqual(dropped);
  });

  it("a reply leaves the subject to Exchange", () => {
    expect(graphMessageOf(BASE, { forReply: true }).message).not.toHaveProperty("subject");
  });
});
