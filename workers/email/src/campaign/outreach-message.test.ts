import { describe, expect, it } from "vitest";
import { buildOutreachMessage, type OutreachMessageInput } from "./outreach-message.ts";

const input: OutreachMessageInput = {
  from: { address: "sam@acme.example", name: "Sam Seller" },
  to: "ada@example.com",
  subject: "Quick question\r\nBcc: x@evil.example",
  body: "Hi Ada,\n\nA question.\n\nBest,\nSam",
  sender: { name: "Sam Seller", company: "Acme Example", postal_address: "1 Main St, Springfield, 12345" },
  unsubscribeUrl: "https://app.example/unsubscribe?token=abc",
  replyTo: "reply+abc@replies.example",
  now: Date.parse("2026-11-24T15:00:00Z"),
};

describe("buildOutreachMessage", () => {
  it("carries RFC 8058 one-click unsubscribe and the signed Reply-To", () => {
    expect(buildOutreachMessage(input).headers).toEqual({
      "Reply-To": "reply+abc@replies.example",
      "List-Unsubscribe": "<https://app.example/unsubscribe?token=abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("adds the postal address and an opt-out line the draft lacks", () => {
    const { text } = buildOutreachMessage(input);
    expect(text).toContain("Acme Example, 1 Main St, Springfield, 12345");
    expect(text).toContain("https://app.example/unsubscribe?token=abc");
  });

  it("does not repeat a postal address the draft already has", () => {
    const { text } = buildOutreachMessage({ ...input, body: `${input.body}\n1 Main St, Springfield, 12345` });
    expect(text.split("1 Main St").length - 1).toBe(1);
  });

  it("keeps the subject on one line (no header injection)", () => {
    expect(buildOutreachMessage(input).subject).toBe("Quick question Bcc: x@evil.example");
  });
});
