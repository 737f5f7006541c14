/**
 * OpenTelemetry consistent-probability sampling (OTEP 235, W3C Trace Context
 * Level 2): R = the low 56 bits of the trace id (or an explicit `rv`), T =
 * round((1 - p) · 2^56), keep iff R >= T, recorded as `ot=th:<hex>`. Every
 * process that applies the same T to the same trace decides the same way, and a
 * Collector in `proportional` mode can only raise T — so it keeps a subset of
 * what we kept, never a different set.
 */

/** 2^56: thresholds and randomness live in [0, 2^56). */
export const MAX_THRESHOLD = 1n << 56n;

/**
 * The rejection threshold for keep-probability `p` (clamped to [0, 1]).
 * Computed as 2^56 − round(p·2^56), which is round((1−p)·2^56) without losing
 * the low bits of a small p to floating point.
 *
 * @example
 * thresholdOf(1)    // 0n                     (keep all)
 * thresholdOf(0.25) // 0xc0000000000000n
 */
export function thresholdOf(p: number): bigint {
  const clamped = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 1;
  return MAX_THRESHOLD - BigInt(Math.round(clamped * 2 ** 56));
}

/**
 * The 56 random bits of a W3C trace id: its rightmost 7 bytes.
 *
 * @example
 * randomnessOf("4bf92f3577b34da6a3ce929d0e0e4736") // 0xce929d0e0e4736n
 */
export function randomnessOf(traceId: string): bigint {
  if (!/^[0-9a-f]{32}$/i.test(traceId)) throw new Error(`Trace id "${traceId.slice(0, 40)}" is not 32 hex digits.`);
  return BigInt(`0x${traceId.slice(18)}`);
}

/**
 * The consistent-probability rule itself.
 *
 * @example
 * keepsByThreshold(0x80000000000000n, thresholdOf(0.5)) // true: R = T is kept
 */
export const keepsByThreshold = (randomness: bigint, threshold: bigint): boolean => randomness >= threshold;

/**
 * `th` as tracestate writes it: 14 hex digits with trailing zeros removed
 * ("0" for keep-all).
 *
 * @example
 * thresholdHex(thresholdOf(0.5))  // "8"
 * thresholdHex(thresholdOf(0.01)) // "fd70a3d70a3d71"
 */
export function thresholdHex(threshold: bigint): string {
  if (threshold < 0n || threshold >= MAX_THRESHOLD) throw new Error(`Threshold ${threshold} is outside [0, 2^56).`);
  return threshold.toString(16).padStart(14, "0").replace(/0+$/, "") || "0";
}
