/** Buckets per whole percent; 10,000 buckets give 0.01 % resolution. */
export const BUCKETS = 10_000;

/**
 * A deterministic bucket in [0, 10000) for a split key (thread id, or request
 * id for stateless runs): FNV-1a over the UTF-16 code units, then murmur3's
 * finaliser so similar keys (sequential UUIDs) still spread evenly.
 *
 * @example
 * canaryBucket("3f0c…") === canaryBucket("3f0c…"); // same thread, same side
 */
export function canaryBucket(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % BUCKETS;
}

/** True when `percent` (0–100, fractional allowed) admits this key. */
export const admits = (percent: number, key: string): boolean =>
  percent >= 100 || (percent > 0 && canaryBucket(key) < Math.round(percent * (BUCKETS / 100)));
