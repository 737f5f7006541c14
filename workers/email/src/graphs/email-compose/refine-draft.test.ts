import { describe, expect, it } from "vitest";
import type { EmailOutreachOutput } from "../email-outreach/outreach-schemas.ts";
import { acceptRevision } from "./refine-draft.ts";

const touch: EmailOutreachOutput = {
  subject: "Quick question for Example Co",
  body: "Hi Ada,\n\nShort note.\n\nSam",
  cta: "soft_question",
  confidence: 0.9,
  flags: [],
  prompt_version: "outreach-v1",
  provider: "offline",
};

describe("acceptRevision", () => {
  it.each<{ name: string; over: Partial<EmailOutreachOutput>; accepted: boolean }>([
    { name: "clean", over: {}, accepted: true },
    // These two are facts about the contact or fixes we made, not rule breaks.
    { name: "generic greeting", over: { flags: ["generic_greeting"] }, accepted: true },
    { name: "postal address appended", over: { flags: ["postal_address_appended"] }, accepted: true },
    { name: "foreign link", over: { flags: ["unexpected_link"] }, accepted: false },
    { name: "calendar link dropped", over: { flags: ["calendar_link_missing"] }, accepted: false },
    { name: "subject reused", over: { flags: ["subject_repeated"] }, accepted: false },
    { name: "too long", over: { body: "word ".repeat(181) }, accepted: false },
  ])("$name → $accepted", ({ over, accepted }) => {
    expect(acceptRevision({ ...touch, ...over })).toBe(accepted);
  });
});
