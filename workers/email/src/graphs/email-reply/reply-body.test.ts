import { describe, expect, it } from "vitest";
import { replyBody } from "./reply-body.ts";
import type { ReplyIntent, Sender } from "./reply-schemas.ts";

const LINK = "https://cal.example.com/sam";
const withLink: Sender = { name: "Sam Seller", company: "Acme", calendar_link: LINK };
const noLink: Sender = { name: "Sam Seller", company: "Acme" };

interface Row {
  readonly intent: ReplyIntent | undefined;
  readonly sender: Sender;
  readonly hasLink: boolean;
  readonly mentions: string;
}

describe("replyBody", () => {
  it.each<Row>([
    { intent: "interested", sender: withLink, hasLink: true, mentions: "30-minute call" },
    { intent: "interested", sender: noLink, hasLink: false, mentions: "two or three times" },
    { intent: "meeting_scheduled", sender: withLink, hasLink: true, mentions: "looking forward" },
    { intent: "meeting_scheduled", sender: noLink, hasLink: false, mentions: "just reply" },
    { intent: "info_request", sender: withLink, hasLink: false, mentions: "send over the details" },
    { intent: "partnership", sender: withLink, hasLink: false, mentions: "right people at Acme" },
    { intent: "not_interested", sender: withLink, hasLink: false, mentions: "won't follow up" },
    { intent: "unsubscribe", sender: withLink, hasLink: false, mentions: "won't receive further messages" },
    { intent: undefined, sender: withLink, hasLink: false, mentions: "get back to you" },
  ])("$intent (link given: $sender.calendar_link) mentions “$mentions”", ({ intent, sender, hasLink, mentions }) => {
    const body = replyBody({ intent, greetingName: "Ada", sender });
    expect(body).toContain(mentions);
    expect(body.includes(LINK)).toBe(hasLink);
    expect(body.startsWith("Hi Ada,\n\n")).toBe(true);
    expect(body.endsWith("Best regards,\nSam Seller\nAcme")).toBe(true);
  });

  it.each<{ intent: ReplyIntent }>([{ intent: "bounced" }, { intent: "spam" }, { intent: "auto_reply" }])(
    "$intent → empty body (nobody to answer)",
    ({ intent }) => {
      expect(replyBody({ intent, greetingName: "Ada", sender: withLink })).toBe("");
    },
  );

  it("greets generically when no first name is known", () => {
    expect(replyBody({ intent: "interested", greetingName: null, sender: noLink })).toMatch(/^Hi there,\n\n/);
  });
});
