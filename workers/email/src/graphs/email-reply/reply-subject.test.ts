import { describe, expect, it } from "vitest";
import { replySubject } from "./reply-subject.ts";

interface Row {
  readonly inbound: string;
  readonly expected: string;
}

describe("replySubject", () => {
  it.each<Row>([
    { inbound: "Pricing", expected: "Re: Pricing" },
    { inbound: "Re: Pricing", expected: "Re: Pricing" },
    { inbound: "RE: re:Re : Pricing", expected: "Re: Pricing" },
    { inbound: "RE[2]: Pricing", expected: "Re: Pricing" },
    { inbound: "AW: Angebot", expected: "Re: Angebot" },
    { inbound: "SV: Tilbud", expected: "Re: Tilbud" },
    { inbound: "Fwd: Pricing", expected: "Re: Fwd: Pricing" },
    { inbound: "Regarding pricing", expected: "Re: Regarding pricing" },
    { inbound: "  Pricing   for   2027 ", expected: "Re: Pricing for 2027" },
    { inbound: "Pricing\r\nBcc: victim@example.com", expected: "Re: Pricing Bcc: victim@example.com" },
    { inbound: "", expected: "Re: your message" },
    { inbound: "Re:", expected: "Re: your message" },
  ])("$inbound → $expected", ({ inbound, expected }) => {
    expect(replySubject(inbound)).toBe(expected);
  });
});
