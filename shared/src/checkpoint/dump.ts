import {
  type ChannelVersions,
  type Checkpoint,
  type CheckpointMetadata,
  type PendingWrite,
  type SerializerProtocol,
  WRITES_IDX_MAP,
} from "@langchain/langgraph-checkpoint";
import { storable } from "./d1-values.ts";
import { CheckpointTooLargeError } from "./errors.ts";
import { ListCache, type StoredList, describeList, isJsonList, segmentOf } from "./list-segments.ts";
import type { BlobInsert } from "./sql.ts";

/** Bound values of one `checkpoint_writes` row, in `insertWritesSql` column order. */
export type WriteParams = [
  threadId: string,
  ns: string,
  checkpointId: string,
  taskId: string,
  taskPath: string,
  idx: number,
  channel: string,
  type: string,
  /** JSON as TEXT, else bytes (see `storable`). */
  blob: Uint8Array | string,
];

/** The blob type of a channel present in `newVersions` but absent from the values (it was cleared). */
export const EMPTY_BLOB_TYPE = "empty";

/** A channel value to store at its new version, as `put` prepared it. */
export interface PreparedBlob extends BlobInsert {
  /** Serialized size of the whole value: what `maxBlobBytes` limits, segment or not. */
  size: number;
  /** For a segment, the whole value (as bound): stored instead if the segment's base is gone. */
  whole: Uint8Array | string | null;
  /** The cache entry that describes this value once stored (JSON lists only). */
  remember: StoredList | null;
}

/** How {@link dumpBlobs} stores list channels. */
export interface ListStorage {
  cache: ListCache;
  /** Segments a chain may hold before the next snapshot; 0 stores every list whole. */
  snapshotEvery: number;
}

/**
 * Rows for the channels whose version changed in this step (those in
 * `newVersions`): unchanged channels are already stored at their version. A
 * JSON list that extends the list last stored for its channel (per
 * `lists.cache`) becomes a segment of the appended items; any other value is
 * stored whole (see list-segments.ts).
 */
export async function dumpBlobs(
  threadId: string,
  ns: string,
  values: Record<string, unknown>,
  newVersions: ChannelVersions,
  serde: SerializerProtocol,
  lists: ListStorage,
): Promise<PreparedBlob[]> {
  return Promise.all(
    Object.entries(newVersions).map(async ([channel, v]): Promise<PreparedBlob> => {
      const version = String(v);
      const key = ListCache.key(threadId, ns, channel);
      if (!(channel in values)) {
        lists.cache.delete(key);
        return { channel, version, type: EMPTY_BLOB_TYPE, blob: null, listHash: null, base: null, size: 0, whole: null, remember: null };
      }
      const value = values[channel];
      const [type, bytes] = await serde.dumpsTyped(value);
      const whole = { channel, version, type, blob: storable(type, bytes), listHash: null, base: null, size: bytes.byteLength, whole: null };
      if (lists.snapshotEvery <= 0 || !isJsonList(value, type, bytes)) {
        lists.cache.delete(key);
        return { ...whole, remember: null };
      }
      const base = lists.cache.get(key);
      const segment = base && base.version !== version && base.depth < lists.snapshotEvery ? await segmentOf(bytes, base) : undefined;
      const remember = await describeList(version, bytes, segment ? base!.depth + 1 : 0);
      if (!segment) return { ...whole, listHash: remember.hash, remember };
      return {
        ...whole,
        blob: storable(type, segment),
        listHash: remember.hash,
        base: { version: base!.version, hash: base!.hash },
        whole: storable(type, bytes),
        remember,
      };
    }),
  );
}

/** `blob` stored whole instead of as a segment (its base row is gone). */
export const asSnapshot = (blob: PreparedBlob): PreparedBlob =>
  blob.base === null
    ? blob
    : { ...blob, blob: blob.whole, base: null, whole: null, remember: blob.remember && { ...blob.remember, depth: 0 } };

/**
 * Rows for a task's pending writes, with each value's serialized size. Special channels (WRITES_IDX_MAP) take a
 * fixed negative idx so they never collide with regular writes, whose idx is
 * their position in `writes`.
 */
export async function dumpWrites(
  threadId: string,
  ns: string,
  checkpointId: string,
  taskId: string,
  taskPath: string,
  writes: readonly PendingWrite[],
  serde: SerializerProtocol,
): Promise<{ row: WriteParams; size: number }[]> {
  return Promise.all(
    writes.map(async ([channel, value], idx) => {
      const [type, bytes] = await serde.dumpsTyped(value);
      const row: WriteParams = [threadId, ns, checkpointId, taskId, taskPath, WRITES_IDX_MAP[channel] ?? idx, channel, type, storable(type, bytes)];
      return { row, size: bytes.byteLength };
    }),
  );
}

/** The checkpoint minus channel_values, as stored in `checkpoints.checkpoint`. */
export function checkpointJson(checkpoint: Checkpoint): string {
  const { channel_values: _values, ...rest } = checkpoint;
  return JSON.stringify(rest);
}

/**
 * Metadata as stored in `checkpoints.metadata`: JSON, since `list()` filters
 * on it in SQL; with its size in bytes.
 */
export async function metadataJson(metadata: CheckpointMetadata, serde: SerializerProtocol): Promise<{ text: string; bytes: number }> {
  const [type, bytes] = await serde.dumpsTyped(metadata);
  if (type !== "json") {
    throw new Error(`D1Saver stores "metadata" as JSON for list() filters, but the serializer encoded it as "${type}".`);
  }
  return { text: new TextDecoder().decode(bytes), bytes: bytes.byteLength };
}

/** Throws {@link CheckpointTooLargeError} if `bytes` exceeds `maxBytes`. */
export function assertFits(threadId: string, channel: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) throw new CheckpointTooLargeError(threadId, channel, bytes, maxBytes);
}
