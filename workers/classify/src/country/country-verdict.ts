/**
 * The classifier's answer: an ISO 3166-1 alpha-2 code or null, how sure it
 * is of that answer (null included), and at most two short reasons.
 */
export interface CountryVerdict {
  readonly country: string | null;
  /** 0..1: confidence that `country` (even when null) is the right answer. */
  readonly confidence: number;
  readonly reasons: readonly string[];
}

export const MAX_REASONS = 2;
export const MAX_REASON_LENGTH = 80;

/**
 * Builds a verdict, bounding the reasons (≤ 2, each ≤ 80 chars) and
 * rounding the confidence into 0..1.
 *
 * @example
 * verdict("DE", 0.981, ['matched country "Germany"']) // { country: "DE", confidence: 0.98, … }
 */
export function verdict(country: string | null, confidence: number, reasons: readonly string[]): CountryVerdict {
  return {
    country,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    reasons: reasons.slice(0, MAX_REASONS).map((reason) =>
      reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason,
    ),
  };
}
