/** How to act on a record's quality. */
export type QualityBand = "stable" | "investigate" | "stale";

/**
 * Fixed cut-offs on the composite quality. 0.7 ≈ a complete record whose
 * fastest-moving facts are about one half-life old; below 0.4 more than half
 * of the record's value has decayed or is missing and a re-enrichment is due.
 */
export const BAND_THRESHOLDS = { stable: 0.7, investigate: 0.4 } as const;

/**
 * The band a quality score falls in; thresholds are inclusive lower bounds.
 *
 * @example
 * qualityBand(0.7);   // "stable"
 * qualityBand(0.55);  // "investigate"
 * qualityBand(0.39);  // "stale"
 */
export function qualityBand(quality: number): QualityBand {
  if (quality >= BAND_THRESHOLDS.stable) return "stable";
  if (quality >= BAND_THRESHOLDS.investigate) return "investigate";
  return "stale";
}
