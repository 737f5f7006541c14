/**
 * Freshness of an observation by exponential decay: 1 when new, 0.5 after
 * one half-life, 0.25 after two.
 *
 * @example
 * halfLifeDecay(0, 90);    // 1
 * halfLifeDecay(90, 90);   // 0.5
 * halfLifeDecay(180, 90);  // 0.25
 */
export function halfLifeDecay(ageDays: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0)) throw new RangeError(`halfLifeDecay: half-life must be > 0, got ${halfLifeDays}`);
  return 0.5 ** (Math.max(0, ageDays) / halfLifeDays);
}
