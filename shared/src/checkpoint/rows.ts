import type { RunnableConfig } from "@langchain/core/runnables";
import {
  type ChannelVersions,
  type Checkpoint,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  type SerializerProtocol,
  TASKS,
  compareWritesSortKeys,
  maxChannelVersion,
  writesSortKey,
} from "@langchain/langgraph-checkpoint";
import { type D1Blob, toBytes } from "./d1-values.ts";

/** Identifies one checkpoint row. */
export interface CheckpointKey {
  thread_id: string;
  checkpoint_ns: string;
  checkpoint_id: string;
}

/** A `checkpoints` row as read by `readCheckpoints`. */
export interface CheckpointRow extends CheckpointKey {
  parent_checkpoint_id: string | null;
  /** JSON of the checkpoint minus channel_values. */
  checkpoint: string;
  /** Serialised metadata (JSON). */
  metadata: string;
}

/** A channel value of a checkpoint, as read by `readBlobs`. */
export interface BlobRow extends CheckpointKey {
  channel: string;
  type: string;
  blob: D1Blob;
}

/** A pending write, as read by `readWrites` / `readParentSends` (keyed by the checkpoint it belongs to). */
export interface WriteRow extends CheckpointKey {
  task_id: string;
  task_path: string;
  idx: number;
  channel: string;
  type: string;
  blob: D1Blob;
}

/** Everything one read batch returns for a selection of checkpoints. */
export interface TupleRows {
  checkpoints: CheckpointRow[];
  blobs: BlobRow[];
  writes: WriteRow[];
  /** Parent TASKS writes of v < 4 checkpoints, keyed by the child checkpoint. */
  sends: WriteRow[];
}

const keyOf = (k: CheckpointKey): string => JSON.stringify([k.thread_id, k.checkpoint_ns, k.checkpoint_id]);

function groupByCheckpoint<T extends CheckpointKey>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Writes in the order live execution applies them: `writesSortKey` (task_path, task_id, idx). */
export const sortWrites = <T extends Pick<WriteRow, "task_path" | "task_id" | "idx">>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) =>
    compareWritesSortKeys(writesSortKey(a.task_path, a.task_id, a.idx), writesSortKey(b.task_path, b.task_id, b.idx)),
  );

const configOf = (threadId: string, ns: string, checkpointId: string): RunnableConfig => ({
  configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: checkpointId },
});

async function channelValues(blobs: readonly BlobRow[], serde: SerializerProtocol): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    blobs.map(async (b) => [b.channel, await serde.loadsTyped(b.type, toBytes(b.blob))] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * Checkpoints of format v < 4 kept pending sends as TASKS writes on their
 * parent; newer code expects them as the child's TASKS channel value, at a
 * version no older than any other channel's.
 */
async function migratePendingSends(
  checkpoint: Checkpoint,
  sends: readonly WriteRow[],
  serde: SerializerProtocol,
  firstVersion: ChannelVersions[string],
): Promise<void> {
  const versions = Object.values(checkpoint.channel_versions);
  checkpoint.channel_values[TASKS] = await Promise.all(
    sortWrites(sends).map((s) => serde.loadsTyped(s.type, toBytes(s.blob))),
  );
  checkpoint.channel_versions[TASKS] = versions.length > 0 ? maxChannelVersion(...versions) : firstVersion;
}

/**
 * Maps the rows of one read batch to checkpoint tuples, in the order of
 * `rows.checkpoints`. `firstVersion` is the saver's first channel version,
 * used when migrating pending sends onto a checkpoint with no channels.
 */
export async function toTuples(
  rows: TupleRows,
  serde: SerializerProtocol,
  firstVersion: ChannelVersions[string],
): Promise<CheckpointTuple[]> {
  const blobs = groupByCheckpoint(rows.blobs);
  const writes = groupByCheckpoint(rows.writes);
  const sends = groupByCheckpoint(rows.sends);
  return Promise.all(
    rows.checkpoints.map(async (row) => {
      const key = keyOf(row);
      const checkpoint: Checkpoint = {
        ...(JSON.parse(row.checkpoint) as Omit<Checkpoint, "channel_values">),
        channel_values: await channelValues(blobs.get(key) ?? [], serde),
      };
      const parentSends = sends.get(key);
      if (parentSends) await migratePendingSends(checkpoint, parentSends, serde, firstVersion);
      const pendingWrites = await Promise.all(
        sortWrites(writes.get(key) ?? []).map(
          async (w): Promise<CheckpointPendingWrite> => [w.task_id, w.channel, await serde.loadsTyped(w.type, toBytes(w.blob))],
        ),
      );
      const tuple: CheckpointTuple = {
        config: configOf(row.thread_id, row.checkpoint_ns, row.checkpoint_id),
        checkpoint,
        metadata: (await serde.loadsTyped("json", row.metadata)) as CheckpointMetadata,
        pendingWrites,
      };
      if (row.parent_checkpoint_id) tuple.parentConfig = configOf(row.thread_id, row.checkpoint_ns, row.parent_checkpoint_id);
      return tuple;
    }),
  );
}
