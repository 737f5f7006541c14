/**
 * Append-only storage of list channels (migrations/0007_checkpoint_list_segments.sql).
 *
 * A channel whose value is a JSON array that extends the array stored at an
 * earlier version of the same channel is stored as a segment: a JSON array of
 * the appended items only, whose `base_version` names the version it extends.
 * Every `snapshotEvery` segments the whole list is stored again (a snapshot,
 * `base_version` NULL), so reading a value takes at most snapshotEvery + 1
 * rows.
 *
 * "Extends" is decided on serialized bytes, never on object identity (a node
 * may have changed an old item in place): with `P` the bytes of the stored
 * list and `N` those of the new one, both JSON arrays from the serializer,
 * `N` extends `P` when `N` starts with `P` minus its closing `]` and continues
 * with `,`. The items of `N` up to there then are exactly the items of `P`
 * (a JSON value's extent is fixed by its own text), and the appended items
 * are the JSON array `[` + the rest of `N`. Reading concatenates the decoded
 * arrays of the chain, which equals decoding `N` whole.
 *
 * What the previous value's bytes were comes from a per-saver LRU cache of
 * the last list stored (or read by getTuple) per (thread, namespace, channel):
 * its version, the hash of its bytes minus the closing `]` (its "list hash",
 * also stored in the row), their length, and its segment depth. A cache miss
 * stores a snapshot: correct, just bigger. A segment's insert reads its
 * depth from the base row *with the expected list hash*; when there is none
 * (the thread was deleted or pruned meanwhile, and maybe re-created with
 * other values at the same versions) the depth is NULL, the NOT NULL column
 * fails the batch, and the put is retried with snapshots: a segment only
 * ever extends the exact list it was computed against.
 */

/** Default of `D1SaverOptions.snapshotEvery`. */
export const DEFAULT_SNAPSHOT_EVERY = 16;
/** Default of `D1SaverOptions.listCacheSize`. */
export const DEFAULT_LIST_CACHE_SIZE = 1024;

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c; // ,

/** What the cache knows of the list stored at one version of a channel. */
export interface StoredList {
  version: string;
  /** Byte length of the stored list's serialization. */
  length: number;
  /** {@link listHash} of that serialization: also `checkpoint_blobs.list_hash` of its row. */
  hash: string;
  /** Segments since the last snapshot: 0 for a snapshot. */
  depth: number;
}

/** A least-recently-used map of (thread, namespace, channel) → the last list stored. */
export class ListCache {
  readonly #entries = new Map<string, StoredList>();

  constructor(readonly capacity: number) {}

  static key(threadId: unknown, ns: string, channel: string): string {
    return JSON.stringify([String(threadId), ns, channel]);
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): StoredList | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: StoredList): void {
    if (this.capacity <= 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Forgets every entry of a thread (all namespaces). */
  deleteThread(threadId: unknown): void {
    const prefix = JSON.stringify([String(threadId)]).slice(0, -1) + ",";
    for (const key of [...this.#entries.keys()]) if (key.startsWith(prefix)) this.#entries.delete(key);
  }
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * The hash identifying a list's serialization `bytes`: SHA-256 of all but
 * its closing `]`, its first 16 bytes in hex (128 bits: finding other
 * content with the same hash is out of reach).
 */
export const listHash = (bytes: Uint8Array): Promise<string> => openListHash(bytes.subarray(0, bytes.byteLength - 1));

/** {@link listHash} of a list given without its closing `]`. */
async function openListHash(open: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", open)).subarray(0, 16));
}

/** Whether `bytes` (of serializer type `type`, for `value`) is a JSON array this module can split. */
export const isJsonList = (value: unknown, type: string, bytes: Uint8Array): boolean =>
  Array.isArray(value) && type === "json" && bytes.byteLength >= 2 && bytes[0] === OPEN && bytes[bytes.byteLength - 1] === CLOSE;

/** The cache entry describing `bytes` (a JSON array) stored at `version`, `depth` segments past a snapshot. */
export async function describeList(version: string, bytes: Uint8Array, depth: number): Promise<StoredList> {
  return { version, length: bytes.byteLength, hash: await listHash(bytes), depth };
}

/**
 * The segment storing `bytes` (a JSON array) on top of `base`, or undefined
 * when `bytes` does not extend it: `[` followed by the items past the base's.
 */
export async function segmentOf(bytes: Uint8Array, base: StoredList): Promise<Uint8Array | undefined> {
  const keep = base.length - 1; // the base's bytes up to, not including, its closing "]"
  // An empty base ("[]") is followed by an item, not a comma: nothing to save there.
  if (keep < 2 || bytes.byteLength <= keep + 1 || bytes[keep] !== COMMA) return undefined;
  if ((await openListHash(bytes.subarray(0, keep))) !== base.hash) return undefined;
  const segment = new Uint8Array(bytes.byteLength - keep);
  segment[0] = OPEN;
  segment.set(bytes.subarray(keep + 1), 1);
  return segment;
}

/**
 * The serialization of a list read back from its chain of rows (snapshot
 * first, then segments, each a JSON array): the arrays' items joined into
 * one array, as the serializer would write the whole list.
 */
export function joinLists(parts: readonly Uint8Array[]): Uint8Array {
  const inner = parts.map((p) => p.subarray(1, p.byteLength - 1)).filter((p) => p.byteLength > 0);
  const length = 2 + inner.reduce((n, p) => n + p.byteLength, 0) + Math.max(0, inner.length - 1);
  const out = new Uint8Array(length);
  let at = 0;
  out[at++] = OPEN;
  inner.forEach((p, i) => {
    if (i > 0) out[at++] = COMMA;
    out.set(p, at);
    at += p.byteLength;
  });
  out[at] = CLOSE;
  return out;
}

/** Whether `bytes` looks like a JSON array (for rows read back). */
export const isArrayBytes = (bytes: Uint8Array): boolean =>
  bytes.byteLength >= 2 && bytes[0] === OPEN && bytes[bytes.byteLength - 1] === CLOSE;
