import { INTENT_CUES } from "./intent-cues.ts";
import { HUMAN_INTENTS, inboundVerdict, type HumanIntent, type InboundVerdict } from "./inbound-verdict.ts";

// Ties go to the more conservative reading: a refusal over interest, and
// interest over a mere question ("Interested — what does it cost?").
const TIE_ORDER: readonly HumanIntent[] = ["not_interested", "spam", "interested", "partnership", "info_request"];
/** An interest score this high outranks a question (one explicit cue). */
const EXPLICIT_INTEREST = 2;
/** With no cue at all a person still wrote to us: someone should read it. */
const NO_CUE: InboundVerdict = inboundVerdict("info_request", 0.3, ["offline scorer: no intent cue"]);

/**
 * The offline provider's answer for the human intents: weighted cue counts
 * (EN/DE/FR/ES) over the person's own folded text, the strongest intent
 * winning. Confidence grows with the winner's margin over the runner-up
 * (0.5 on a tie, at most 0.9: this is a keyword scorer, not a reader).
 *
 * @example
 * scoreIntent("sounds interesting - what does it cost?")
 * // { label: "interested", confidence: 0.5, reasons: ["offline scorer: interested 2, info_request 4"] }
 * scoreIntent("no thanks, we are not interested") // { label: "not_interested", … }
 */
export function scoreIntent(folded: string): InboundVerdict {
  const scores = new Map<HumanIntent, number>(HUMAN_INTENTS.map((intent) => [intent, 0]));
  let text = folded;
  for (const { intent, weight, pattern } of INTENT_CUES) {
    text = text.replace(pattern, (match) => {
      scores.set(intent, scores.get(intent)! + weight);
      return " ".repeat(match.length);
    });
  }
  const ranked = [...scores.entries()]
    .filter(([, score]) => score > 0)
    .sort(([a, x], [b, y]) => y - x || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b));
  if (ranked.length === 0) return NO_CUE;
  // A question asked with explicit interest is still interest: "Sounds
  // interesting — what does it cost?" is a lead to answer first.
  const interest = scores.get("interested")!;
  if (ranked[0]![0] === "info_request" && interest >= EXPLICIT_INTEREST) {
    ranked.sort(([a], [b]) => (a === "interested" ? -1 : b === "interested" ? 1 : 0));
  }
  const [[label, top], second] = [ranked[0]!, ranked[1]];
  const margin = Math.max(0, top - (second?.[1] ?? 0)) / Math.max(top, second?.[1] ?? 0);
  const summary = ranked.slice(0, 2).map(([intent, score]) => `${intent} ${score}`).join(", ");
  return inboundVerdict(label, Math.min(0.9, 0.5 + 0.4 * margin), [`offline scorer: ${summary}`]);
}
