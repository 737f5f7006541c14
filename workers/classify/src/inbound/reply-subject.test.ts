import { describe, expect, it } from "vitest";
import { ownSubjectText } from "./reply-subject.ts";

describe("ownSubjectText", () => {
  it.each([
    ["Re: Quick question about your vacation rentals", ""], // our subject, quoted back
    ["RE: AW: Intro", ""],
    ["AW: Unsubscribe-Links", ""],
    ["Fwd: pricing", ""],
    ["TR : Présentation", ""], // French clients put a space before the colon
    ["Re[2]: Intro", ""],
    ["Automatic reply: Intro", ""], // an automatic answer repeats our subject
    ["Abwesenheitsnotiz: Intro", ""],
    ["Accepted: Intro call @ Tue 1 Dec", ""],
    ["Unsubscribe", "Unsubscribe"], // a new message: the sender's own words
    ["Question: pricing for 50 seats", "Question: pricing for 50 seats"], // a colon alone is not a reply
    ["", ""],
  ])("%j -> %j", (subject, own) => expect(ownSubjectText(subject)).toBe(own));
});
