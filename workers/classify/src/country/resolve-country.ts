import { verdict, type CountryVerdict } from "./country-verdict.ts";
import type { CountrySupport, PlaceEvidence } from "./place-evidence.ts";

/** Confidence when the strongest evidence for the winner has this weight. */
const BASE_CONFIDENCE: Readonly<Record<number, number>> = { 4: 0.97, 3: 0.93, 2: 0.9, 1: 0.8 };
const PER_AGREEING_PART = 0.01;
const CEILING = 0.99;
const PENALTY = { conflict: 0.25, tieBreak: 0.15, ambiguousName: 0.05, partial: 0.05, asideOnly: 0.1 } as const;
const AMBIGUOUS_CONFIDENCE = 0.5;
/** Below this an answer is a guess, and a guess is reported as null. */
const GUESS_BELOW = 0.5;

interface Agreement {
  readonly evidence: PlaceEvidence;
  readonly support: CountrySupport;
}

/**
 * Picks the country the evidence points at. Each piece of evidence adds its
 * weight to every country it supports (country 4, country code 3, region 2,
 * city 1), so an explicit country outranks a contradicting state + city
 * pair. A tie goes to the reading marked dominant ("London" → GB, "CA" after
 * an unknown city → US state); with no dominant reading the answer is null,
 * and so is an answer whose confidence ends below 0.5 (null when unsure).
 * Expects at least one piece of evidence.
 *
 * @example
 * resolveCountry([berlin, germany]) // { country: "DE", confidence: 0.98, reasons: ['matched country "Germany"', 'German state "Berlin"'] }
 */
export function resolveCountry(evidence: readonly PlaceEvidence[]): CountryVerdict {
  const scores = new Map<string, number>();
  const dominantVotes = new Map<string, number>();
  for (const { supports } of evidence) {
    for (const { country, weight, candidate } of supports) {
      scores.set(country, (scores.get(country) ?? 0) + weight);
      if (candidate.dominant) dominantVotes.set(country, (dominantVotes.get(country) ?? 0) + 1);
    }
  }
  const top = Math.max(...scores.values());
  const leaders = [...scores.keys()].filter((country) => scores.get(country) === top);
  const mostVotes = Math.max(...leaders.map((country) => dominantVotes.get(country) ?? 0));
  const favourites = leaders.filter((country) => (dominantVotes.get(country) ?? 0) === mostVotes);
  const tieBroken = leaders.length > 1;
  const winner = favourites[0];
  if (winner === undefined || (tieBroken && (mostVotes === 0 || favourites.length > 1))) return ambiguous(evidence, leaders);

  const agreeing = evidence.flatMap((e): Agreement[] => {
    const support = supportFor(e, winner);
    return support ? [{ evidence: e, support }] : [];
  });
  const strongest = agreeing.reduce((best, a) => (a.support.weight > best.support.weight ? a : best));
  const conflicting = evidence.find((e) => supportFor(e, winner) === undefined)?.supports[0];

  let confidence = Math.min(CEILING, (BASE_CONFIDENCE[strongest.support.weight] ?? 0.8) + PER_AGREEING_PART * (agreeing.length - 1));
  if (conflicting) confidence -= PENALTY.conflict;
  if (tieBroken) confidence -= PENALTY.tieBreak;
  else if (strongest.evidence.supports.length > 1) confidence -= PENALTY.ambiguousName;
  if (agreeing.every((a) => a.evidence.partial)) confidence -= PENALTY.partial;
  if (agreeing.every((a) => a.evidence.aside)) confidence -= PENALTY.asideOnly;

  const reasons = [describe(strongest.support)];
  if (conflicting) {
    reasons.push(`conflicts with ${describe(conflicting)} (${conflicting.country})`);
  } else if (tieBroken) {
    reasons.push(`ambiguous (${leaders.join("/")}); assumed the usual reading`);
  } else {
    const corroborating = agreeing.find((a) => a.support.candidate.kind !== strongest.support.candidate.kind);
    if (corroborating) reasons.push(describe(corroborating.support));
  }
  if (confidence < GUESS_BELOW) return verdict(null, AMBIGUOUS_CONFIDENCE, [`unsure between ${leaders.join("/")}`, reasons.at(-1) ?? ""]);
  return verdict(winner, confidence, reasons);
}

function supportFor(evidence: PlaceEvidence, country: string): CountrySupport | undefined {
  return evidence.supports.find((support) => support.country === country);
}

function describe({ candidate }: CountrySupport): string {
  const { kind, kindLabel, name } = candidate;
  return kind === "country" || kind === "country-code" ? `matched ${kindLabel} "${name}"` : `${kindLabel} "${name}"`;
}

function ambiguous(evidence: readonly PlaceEvidence[], leaders: readonly string[]): CountryVerdict {
  const widest = evidence.reduce((best, e) => (e.supports.length > best.supports.length ? e : best));
  const name = widest.supports[0]?.candidate.name ?? "location";
  return verdict(null, AMBIGUOUS_CONFIDENCE, [`ambiguous: "${name}" could be ${leaders.join(" or ")}`]);
}
