/** Lower edges of the default confidence bands: [0, .5), [.5, .7), [.7, .9), [.9, 1]. */
export const DEFAULT_BAND_EDGES: readonly number[] = [0, 0.5, 0.7, 0.9];

/** A half-open confidence interval `[lower, upper)`; the top band includes 1. */
export interface ConfidenceBand {
  readonly lower: number;
  readonly upper: number;
  /** Stable display key, e.g. "0.90-1.00". */
  readonly key: string;
}

/**
 * The band `confidence` falls in, or null when it is not a number within
 * 0..1 (a broken decision is reported, never silently banded).
 *
 * @example
 * confidenceBand(0.93) // { lower: 0.9, upper: 1, key: "0.90-1.00" }
 * confidenceBand(1)    // the top band: 1 is included
 * confidenceBand(1.2)  // null
 */
export function confidenceBand(confidence: number, edges: readonly number[] = DEFAULT_BAND_EDGES): ConfidenceBand | null {
  if (typeof confidence !== "number" || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) return null;
  let i = edges.length - 1;
  while (i > 0 && confidence < edges[i]!) i--;
  const lower = edges[i]!;
  const upper = edges[i + 1] ?? 1;
  return { lower, upper, key: `${lower.toFixed(2)}-${upper.toFixed(2)}` };
}

/**
 * Throws on band edges that do not start at 0 and rise strictly within 0..1.
 *
 * @example
 * assertBandEdges([0, 0.5, 0.9]); // ok
 * assertBandEdges([0.5, 0.9]);    // throws: must start at 0
 */
export function assertBandEdges(edges: readonly number[]): void {
  if (edges.length === 0 || edges[0] !== 0) throw new RangeError("calibrationReport: band edges must start at 0.");
  for (let i = 1; i < edges.length; i++) {
    if (!(edges[i]! > edges[i - 1]!) || edges[i]! >= 1) {
      throw new RangeError(`calibrationReport: band edge ${edges[i]} must rise strictly and stay below 1.`);
    }
  }
}
