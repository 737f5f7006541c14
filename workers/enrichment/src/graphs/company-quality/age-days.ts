const MS_PER_DAY = 86_400_000;

/**
 * Age of an observation in (fractional) days as of a given instant. An
 * observation dated after `asOf` (clock skew, a bad source) counts as brand
 * new rather than going negative, which would inflate freshness above 1.
 *
 * @example
 * ageDays("2026-01-01", "2026-01-31");            // 30
 * ageDays("2026-01-01T12:00:00Z", "2026-01-02");  // 0.5
 * ageDays("2027-01-01", "2026-01-01");            // 0
 */
export function ageDays(observedAt: string, asOf: string): number {
  const observed = Date.parse(observedAt);
  const now = Date.parse(asOf);
  if (Number.isNaN(observed) || Number.isNaN(now)) throw new RangeError(`ageDays: not a date: ${observedAt} / ${asOf}`);
  return Math.max(0, (now - observed) / MS_PER_DAY);
}
