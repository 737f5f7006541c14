import { EMAIL_PATTERNS, PATTERN_IDS, type NameParts, type PatternId } from "./email-patterns.ts";
import { isRoleLocalpart } from "./role-localparts.ts";

export interface Candidate {
  readonly address: string;
  /** The most likely pattern that yields this address. */
  readonly pattern: PatternId;
  /** Probability this is the person's address, in [0, 1]. */
  readonly confidence: number;
  /** The localpart is a shared inbox (info@, sales@ …). */
  readonly role: boolean;
}

/** Confidence in a pattern the caller has seen in use at this company. */
export const KNOWN_PATTERN_CONFIDENCE = 0.9;

/** RFC 5321's localpart limit. */
const MAX_LOCALPART = 64;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Candidate addresses for a name at a domain, most likely first. Each
 * pattern's prior is its confidence; a known pattern takes
 * KNOWN_PATTERN_CONFIDENCE and the others share the rest in proportion.
 * Localparts over 64 characters (RFC 5321) are dropped.
 * Patterns that render the same address (e.g. "first.last" and "f.last" for a
 * one-letter first name) merge into one candidate whose confidence is the sum,
 * since either pattern being right makes that address right.
 *
 * @example
 * rankCandidates({ first: "ada", last: "example" }, "example.com").slice(0, 2);
 * // [{ address: "ada.example@example.com", pattern: "first.last", confidence: 0.32, role: false },
 * //  { address: "aexample@example.com", pattern: "flast", confidence: 0.18, role: false }]
 */
export function rankCandidates(name: NameParts, domain: string, knownPattern?: PatternId): Candidate[] {
  // A known pattern this name cannot fill (no middle name) is no evidence either way.
  const known = knownPattern && EMAIL_PATTERNS[knownPattern].render(name) ? knownPattern : undefined;
  const merged = new Map<string, { pattern: PatternId; best: number; rank: number; confidence: number }>();
  PATTERN_IDS.forEach((id, rank) => {
    const localpart = EMAIL_PATTERNS[id].render(name);
    if (!localpart || localpart.length > MAX_LOCALPART) return;
    const confidence = patternConfidence(id, known);
    const address = `${localpart}@${domain}`;
    const entry = merged.get(address);
    if (!entry) {
      merged.set(address, { pattern: id, best: confidence, rank, confidence });
      return;
    }
    entry.confidence += confidence;
    if (confidence > entry.best) Object.assign(entry, { pattern: id, best: confidence, rank });
  });
  return [...merged.entries()]
    .sort(([, a], [, b]) => b.confidence - a.confidence || a.rank - b.rank)
    .map(([address, { pattern, confidence }]) => ({
      address,
      pattern,
      confidence: round4(Math.min(1, confidence)),
      role: isRoleLocalpart(address.slice(0, address.indexOf("@"))),
    }));
}

function patternConfidence(id: PatternId, knownPattern: PatternId | undefined): number {
  const { prior } = EMAIL_PATTERNS[id];
  if (!knownPattern) return prior;
  return id === knownPattern ? KNOWN_PATTERN_CONFIDENCE : prior * (1 - KNOWN_PATTERN_CONFIDENCE);
}
