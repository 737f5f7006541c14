import { describe, expect, it } from "vitest";
import { foldMessage } from "./fold-message.ts";
import { scoreIntent } from "./score-intent.ts";

const ROWS = [
  ["Yes, interested. When are you free next week?", "interested"],
  ["Sounds interesting - what does it cost?", "interested"], // interest outranks the question
  ["Klingt gut, gerne.", "interested"],
  ["Ça m'intéresse, avec plaisir.", "interested"],
  ["Me interesa, suena bien.", "interested"],
  ["No thanks, we are not interested.", "not_interested"], // "interested" inside "not interested" never counts as interest
  ["We already use a provider for this.", "not_interested"],
  ["Kein Interesse, danke.", "not_interested"],
  ["Pas intéressé, merci.", "not_interested"],
  ["No estamos interesados.", "not_interested"],
  ["How much does it cost for 20 seats?", "info_request"],
  ["Can you send me more information and a case study?", "info_request"],
  ["Welche Preise haben Sie? Bitte Unterlagen schicken.", "info_request"],
  ["We are an agency and would like to discuss a reseller partnership.", "partnership"],
  ["Kooperation? Wir sind eine Agentur.", "partnership"],
  ["Dear Sir/Madam, we offer SEO services and backlinks to rank on Google.", "spam"],
  ["Bitcoin investment opportunity, act now!", "spam"],
  ["Thanks.", "info_request"], // no cue: someone should read it
] as const;

describe("scoreIntent", () => {
  it.each(ROWS)("%j -> %s", (text, label) => expect(scoreIntent(foldMessage(text)).label).toBe(label));

  it("is unsure without a cue and never above 0.9", () => {
    expect(scoreIntent("thanks.").confidence).toBe(0.3);
    for (const [text] of ROWS) expect(scoreIntent(foldMessage(text)).confidence).toBeLessThanOrEqual(0.9);
  });

  it("gives one bounded reason naming the scores", () => {
    const v = scoreIntent(foldMessage("No thanks, we are not interested."));
    expect(v.reasons).toEqual([expect.stringMatching(/^offline scorer: not_interested \d+/)]);
  });
});
