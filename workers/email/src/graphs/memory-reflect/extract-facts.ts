import type { FactKind } from "./memory-item.ts";

/** A fact as stated in one email: the sentence that says it, and what it is about. */
export interface ExtractedFact {
  readonly kind: Exclude<FactKind, "note">;
  readonly fact: string;
}

const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
const SEASON = "spring|summer|autumn|fall|winter|holidays|new year";

/**
 * Cues of a stated fact, by kind, checked in this order (a sentence gets the
 * first kind that matches). Deliberately narrow: a missed fact costs little,
 * a wrong "fact" is recalled into every later prompt.
 */
export const FACT_CUES: Readonly<Record<ExtractedFact["kind"], readonly RegExp[]>> = {
  role_change: [
    /\bi(?:'ve| have) (?:recently |just )?(?:moved|joined|switched|left|been promoted|taken over|stepped (?:into|down))\b/i,
    /\bi(?:'m| am) (?:now|no longer)\b/i,
    /\bi(?:'ll| will) be (?:leaving|joining|moving|taking over)\b/i,
    /\b(?:my|a) new (?:role|position|job)\b/i,
    /\bno longer (?:with|at|working|responsible)\b/i,
    /\b(?:promoted to|taking over (?:as|from)|starting as)\b/i,
  ],
  timing: [
    new RegExp(String.raw`\b(?:next|this|later this|early next|end of (?:the|this)) (?:week|month|quarter|year|${SEASON})\b`, "i"),
    new RegExp(String.raw`\bin (?:q[1-4]|h[12]|${MONTH}|\d{1,2} (?:weeks|months))\b`, "i"),
    new RegExp(String.raw`\b(?:after|before|until|by) (?:the )?(?:q[1-4]|end of (?:the )?(?:year|quarter)|${MONTH}|${SEASON})\b`, "i"),
    /\b(?:revisit|circle back|reach out again|follow up in|get back to (?:me|us|you) in)\b/i,
    /\b(?:budget|planning) (?:cycle|season|round|freeze)\b/i,
    /\b(?:not the right time|bad timing|out of (?:the )?office until|back in the office on)\b/i,
  ],
  interest: [
    /\b(?:interested in|keen on|curious about)\b/i,
    /\bwe(?:'re| are) (?:currently |already )?(?:looking (?:at|for|into)|evaluating|exploring|considering|using)\b/i,
    /\bour (?:main |top |biggest )?(?:priority|focus|challenge|goal)\b/i,
    /\bwe (?:need|want|plan) to\b/i,
  ],
};

const MAX_FACTS = 8;
const MIN_SENTENCE_CHARS = 12;
const MAX_SENTENCE_CHARS = 280;

/** The author's own words: quoted history (`>` lines, "On … wrote:", forwarded headers) and the signature cut off. */
function ownText(text: string): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(?:-- ?|_{5,}|-{2,} ?(?:original|forwarded) message ?-{2,})\s*$/i.test(line) || /^\s*On .{1,200} wrote:\s*$/.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join("\n");
}

/**
 * The deterministic fact extractor (memory_reflect's offline answer and its
 * fallback): every statement in the author's own text — not a question, not
 * quoted history — that states a role change, a timing constraint or an
 * interest, verbatim, at most eight, in order, without duplicates. Pure.
 *
 * @example
 * extractFacts("Hi Sam,\n\nI've moved to Head of Operations. Let's revisit this in Q3. Do you integrate with SAP?");
 * // [{ kind: "role_change", fact: "I've moved to Head of Operations." }, { kind: "timing", fact: "Let's revisit this in Q3." }]
 */
export function extractFacts(text: string): ExtractedFact[] {
  const sentences = ownText(text)
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length >= MIN_SENTENCE_CHARS && s.length <= MAX_SENTENCE_CHARS && !s.endsWith("?"));
  const facts: ExtractedFact[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const kind = (Object.keys(FACT_CUES) as ExtractedFact["kind"][]).find((k) => FACT_CUES[k].some((cue) => cue.test(sentence)));
    const key = sentence.toLowerCase();
    if (!kind || seen.has(key)) continue;
    seen.add(key);
    facts.push({ kind, fact: sentence });
    if (facts.length === MAX_FACTS) break;
  }
  return facts;
}
