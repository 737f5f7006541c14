import { assertBandEdges, confidenceBand, DEFAULT_BAND_EDGES } from "./confidence-band.ts";
import { outcomePolarity, type Polarity } from "./outcome-polarity.ts";

/** One classifier decision joined to what happened afterwards. */
export interface Decision {
  /** What the classifier decided (a country code, a label…); null is a verdict too. */
  readonly verdict: string | null;
  readonly confidence: number;
  /** The raw outcome label (inbound label or event kind); missing or unknown = neutral. */
  readonly outcome?: string | null;
}

/** One (verdict, confidence band) group with its outcome polarity counts. */
export interface CalibrationRow {
  readonly verdict: string;
  readonly band: string;
  readonly decisions: number;
  readonly positive: number;
  readonly negative: number;
  readonly neutral: number;
  /** positive / (positive + negative); neutral is excluded. null with no decided outcome. */
  readonly positiveRate: number | null;
  /** High confidence that reality contradicts (see `CalibrationOptions`). */
  readonly contradicted: boolean;
}

export interface CalibrationOptions {
  /** Lower edges of the bands, ascending from 0. Default 0, .5, .7, .9. */
  readonly bandEdges?: readonly number[];
  /** A band whose lower edge is at least this is "high confidence". Default 0.9. */
  readonly highConfidence?: number;
  /** Positive rate below this in a high band is a contradiction. Default 0.3. */
  readonly lowPositiveRate?: number;
  /** Decided outcomes (positive + negative) a row needs before it may be flagged, so noise never fires. Default 5. */
  readonly minDecided?: number;
}

export interface CalibrationReport {
  /** Sorted by verdict, then band. */
  readonly rows: readonly CalibrationRow[];
  /** The rows reality contradicts: the decisions to look at first. */
  readonly contradicted: readonly CalibrationRow[];
  /** Decisions left out because their confidence was not a number in 0..1. */
  readonly invalid: number;
}

/** How a null verdict is shown in a row. */
export const NULL_VERDICT = "(null)";

/**
 * Groups decisions by (verdict, confidence band) and counts the polarity of
 * their outcomes. A high-confidence band with a low positive rate is a
 * decision that reality contradicts: the classifier is sure, and the picks
 * keep bouncing or being refused. Pure: same decisions, same report.
 *
 * @example
 * calibrationReport([
 *   { verdict: "DE", confidence: 0.95, outcome: "bounced" },
 *   { verdict: "DE", confidence: 0.95, outcome: "replied" },
 *   { verdict: "DE", confidence: 0.95, outcome: null }, // neutral: not in the rate
 * ]).rows[0]; // { verdict: "DE", band: "0.90-1.00", decisions: 3, positive: 1, negative: 1, neutral: 1, positiveRate: 0.5, contradicted: false }
 */
export function calibrationReport(decisions: readonly Decision[], options: CalibrationOptions = {}): CalibrationReport {
  const edges = options.bandEdges ?? DEFAULT_BAND_EDGES;
  assertBandEdges(edges);
  const high = options.highConfidence ?? 0.9;
  const lowRate = options.lowPositiveRate ?? 0.3;
  const minDecided = options.minDecided ?? 5;

  const groups = new Map<string, { verdict: string; band: string; lower: number; counts: Record<Polarity, number> }>();
  let invalid = 0;
  for (const d of decisions) {
    const band = confidenceBand(d.confidence, edges);
    if (!band) {
      invalid++;
      continue;
    }
    const verdict = d.verdict ?? NULL_VERDICT;
    const key = JSON.stringify([verdict, band.key]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { verdict, band: band.key, lower: band.lower, counts: { positive: 0, negative: 0, neutral: 0 } }));
    group.counts[outcomePolarity(d.outcome)]++;
  }

  const rows = [...groups.values()]
    .sort((a, b) => (a.verdict < b.verdict ? -1 : a.verdict > b.verdict ? 1 : a.lower - b.lower))
    .map(({ verdict, band, lower, counts }): CalibrationRow => {
      const decided = counts.positive + counts.negative;
      const positiveRate = decided === 0 ? null : counts.positive / decided;
      const contradicted = lower >= high && decided >= minDecided && positiveRate !== null && positiveRate < lowRate;
      return { verdict, band, decisions: decided + counts.neutral, ...counts, positiveRate, contradicted };
    });
  return { rows, contradicted: rows.filter((r) => r.contradicted), invalid };
}
