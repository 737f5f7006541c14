import {
  type ChannelVersions,
  type Checkpoint,
  type CheckpointMetadata,
  type PendingWrite,
  type SerializerProtocol,
  WRITES_IDX_MAP,
} from "@langchain/langgraph-checkpoint";
import { CheckpointTooLargeError } from "./errors.ts";

/** Bound values of one `checkpoint_blobs` row, in `insertBlobsSql` column order. */
export type BlobParams = [
  threadId: string,
  ns: string,
  channel: string,
  version: string,
  type: string,
  blob: Uint8Array | null,
];

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
  blob: Uint8Array,
];

/** The blob type of a channel present in `newVersions` but absent from the values (it was cleared). */
export const EMPTY_BLOB_TYPE = "empty";

/**
 * Blob rows for the channels whose version changed in this step (those in
 * `newVersions`): unchanged channels are already stored at their version.
 */
export async function dumpBlobs(
  threadId: string,
  ns: string,
  values: Record<string, unknown>,
  newVersions: ChannelVersions,
  serde: SerializerProtocol,
): Promise<BlobParams[]> {
  return Promise.all(
    Object.entries(newVersions).map(async ([channel, version]): Promise<BlobParams> => {
      if (!(channel in values)) return [threadId, ns, channel, String(version), EMPTY_BLOB_TYPE, null];
      const [type, blob] = await serde.dumpsTyped(values[channel]);
      return [threadId, ns, channel, String(version), type, blob];
    }),
  );
}

/**
 * Rows for a task's pending writes. Special channels (WRITES_IDX_MAP) take a
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
): Promise<WriteParams[]> {
  return Promise.all(
    writes.map(async ([channel, value], idx): Promise<WriteParams> => {
      const [type, blob] = await serde.dumpsTyped(value);
      return [threadId, ns, checkpointId, taskId, taskPath, WRITES_IDX_MAP[channel] ?? idx, channel, type, blob];
    }),
  );
}

/** The checkpoint minus channel_values, as stored in `checkpoints.checkpoint`. */
export function checkpointJson(checkpoint: Checkpoint): string {
  const { channel_values: _values, ...rest } = checkpoint;
  return JSON.stringify(rest);
}

/** Metadata as stored in `checkpoints.metadata`: JSON, since `list()` filters on it in SQL. */
export async function metadataJson(metadata: CheckpointMetadata, serde: SerializerProtocol): Promise<string> {
  const [type, bytes] = await serde.dumpsTyped(metadata);
  if (type !== "json") {
    throw new Error(`D1Saver stores "metadata" as JSON for list() filters, but the serializer encoded it as "${type}".`);
  }
  return new TextDecoder().decode(bytes);
}

/** Throws {@link CheckpointTooLargeError} if `bytes` exceeds `maxBytes`. */
export function assertFits(threadId: string, channel: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) throw new CheckpointTooLargeError(threadId, channel, bytes, maxBytes);
}
