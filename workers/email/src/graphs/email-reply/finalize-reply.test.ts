import { describe, expect, it } from "vitest";
import { finalizeReply, type ReplyFlag } from "./finalize-reply.ts";
import type { EmailReplyInput } from "./reply-schemas.ts";

const input: EmailReplyInput = {
  inbound: { from_name: "Ada Example", subject: "RE: Intro", body: "Sounds interesting, happy to chat next week.\nThanks" },
  sender: { name: "Sam Seller", company: "Acme", calendar_link: "https://cal.example.com/sam" },
  intent: "interested",
};
const SIGN = "\n\nBest regards,\nSam Seller\nAcme";

interface Row {
  readonly name: string;
  readonly subject: string;
  readonly body: string;
  readonly flags: ReplyFlag[];
}

describe("finalizeReply", () => {
  it.each<Row>([
    { name: "clean reply with the calendar link", subject: "Re: Intro", body: `Hi Ada,\n\nGreat! Pick a time: https://cal.example.com/sam.${SIGN}`, flags: [] },
    // Prefix spelling is normalised before comparing: still the same thread.
    { name: "Re: spelled differently", subject: "RE: re: Intro", body: `Hi Ada,\n\nThanks.${SIGN}`, flags: [] },
    { name: "topic changed", subject: "Re: Pricing offer", body: `Hi Ada,\n\nThanks.${SIGN}`, flags: ["subject_replaced"] },
    { name: "foreign link", subject: "Re: Intro", body: `Hi Ada,\n\nSee https://evil.example/x${SIGN}`, flags: ["unexpected_link"] },
    { name: "quote marks", subject: "Re: Intro", body: `Hi Ada,\n\n> Thanks${SIGN}`, flags: ["quoted_inbound"] },
    { name: "copied inbound line", subject: "Re: Intro", body: `Hi Ada, you said: sounds interesting, happy to chat next week.${SIGN}`, flags: ["quoted_inbound"] },
    // "Thanks" alone is too short to count as copying.
    { name: "short common words are not copying", subject: "Re: Intro", body: `Hi Ada,\n\nThanks${SIGN}`, flags: [] },
  ])("$name", ({ subject, body, flags }) => {
    const out = finalizeReply({ subject, body }, input);
    expect(out.flags).toEqual(flags);
    expect(out.reply.subject).toBe("Re: Intro");
  });

  it("never lets a header line from the model through", () => {
    expect(finalizeReply({ subject: "Re: Intro\r\nBcc: x@example.com", body: "Hi" }, input).reply.subject).toBe("Re: Intro");
  });
});
