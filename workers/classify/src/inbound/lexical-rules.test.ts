import { describe, expect, it } from "vitest";
import { lexicalVerdict, type LexicalInput } from "./lexical-rules.ts";

const msg = (ownText: string, subject = "Re: Intro", ownSubject = "", contentType = "text/plain"): LexicalInput => ({ subject, ownSubject, ownText, contentType });

describe("lexicalVerdict", () => {
  it.each([
    { name: "unsubscribe", input: msg("Please remove me from your list."), label: "unsubscribe" },
    // Compliance first: an unsubscribe inside an out-of-office still unsubscribes.
    { name: "unsubscribe outranks OOO", input: msg("I am out of the office until 3 December. Please remove me from your list.", "Automatic reply: Intro"), label: "unsubscribe" },
    { name: "OOO subject", input: msg("", "Automatic reply: Intro"), label: "auto_reply" },
    { name: "OOO body", input: msg("I am currently out of the office."), label: "auto_reply" },
    { name: "calendar response", input: msg("", "Accepted: Intro call"), label: "meeting_scheduled" },
    { name: "confirmation", input: msg("I've booked a time for Thursday."), label: "meeting_scheduled" },
    { name: "own subject is read", input: msg("", "Unsubscribe", "Unsubscribe"), label: "unsubscribe" },
    { name: "human intent left to the model", input: msg("What does it cost?"), label: null },
  ])("$name -> $label", ({ input, label }) => expect(lexicalVerdict(input)?.label ?? null).toBe(label));

  it("subject markers beat body phrases in confidence", () => {
    expect(lexicalVerdict(msg("", "Automatic reply: Intro"))?.confidence).toBeGreaterThan(lexicalVerdict(msg("I am currently out of the office."))!.confidence);
  });
});
