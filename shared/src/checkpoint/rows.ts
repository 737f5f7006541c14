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
import { type D1Blob, loadStored, toBytes } from "./d1-values.ts";
import { EMPTY_BLOB_TYPE } from "./dump.ts";
import { isArrayBytes, joinLists } from "./list-segments.ts";

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

/** A `checkpoint_blobs` row, as read by `readBlobs`. */
export interface BlobRow {
  thread_id: string;
  checkpoint_ns: string;
  channel: string;
  version: string;
  /** For a list segment, the version it extends; NULL for a whole value. */
  base_version: string | null;
  /** Segments since the last snapshot (0 for a whole value). */
  depth: number;
  /** For a JSON list stored since migrations/0007: its list hash (list-segments.ts). */
  list_hash: string | null;
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

/** The blob rows of one read, by (thread, namespace, channel, version). */
export class BlobIndex {
  readonly #rows = new Map<string, BlobRow>();

  constructor(rows: readonly BlobRow[]) {
    for (const row of rows) this.#rows.set(BlobIndex.key(row.thread_id, row.checkpoint_ns, row.channel, row.version), row);
  }

  static key(threadId: string, ns: string, channel: string, version: string): string {
    return JSON.stringify([threadId, ns, channel, version]);
  }

  /**
   * The rows making up the value of `channel` at `version`: one for a whole
   * value, else the chain from the last snapshot up to that version's
   * segment. Undefined when nothing is stored at that version or it marks a
   * cleared channel.
   */
  chain(threadId: string, ns: string, channel: string, version: string): BlobRow[] | undefined {
    const head = this.#rows.get(BlobIndex.key(threadId, ns, channel, version));
    if (!head || head.type === EMPTY_BLOB_TYPE) return undefined;
    const chain = [head];
    for (let row = head; row.base_version !== null; ) {
      const base = this.#rows.get(BlobIndex.key(threadId, ns, channel, row.base_version));
      if (!base || chain.length > head.depth + 1) {
        throw new Error(
          `D1Saver: channel "${channel}" of thread "${threadId}" at version ${version} is a list segment whose base ` +
            `(version ${row.base_version}) is missing from checkpoint_blobs; blob rows must be deleted by whole thread.`,
        );
      }
      chain.push((row = base));
    }
    return chain.reverse();
  }
}

/** The value a chain of rows stores: a whole value, or a list's snapshot and segments concatenated. */
export async function chainValue(chain: readonly BlobRow[], serde: SerializerProtocol): Promise<unknown> {
  if (chain.length === 1) return loadStored(serde, chain[0]!.type, chain[0]!.blob);
  const parts = await Promise.all(chain.map((row) => loadStored(serde, row.type, row.blob)));
  return parts.flatMap((part, i) => {
    if (!Array.isArray(part)) throw new Error(`D1Saver: list row ${i} of channel "${chain[0]!.channel}" did not decode to an array.`);
    return part;
  });
}

/**
 * The serialization of the list a chain stores, as the serializer would
 * write it whole, or undefined when the chain is not of JSON arrays (see
 * list-segments.ts: what getTuple seeds the list cache with).
 */
export function chainListBytes(chain: readonly BlobRow[]): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  for (const row of chain) {
    const bytes = toBytes(row.blob);
    if (row.type !== "json" || !isArrayBytes(bytes)) return undefined;
    parts.push(bytes);
  }
  return parts.length === 1 ? parts[0] : joinLists(parts);
}

async function channelValues(
  row: CheckpointRow,
  versions: ChannelVersions,
  blobs: BlobIndex,
  serde: SerializerProtocol,
): Promise<Record<string, unknown>> {
  const entries: Promise<readonly [string, unknown]>[] = [];
  for (const [channel, version] of Object.entries(versions)) {
    const chain = blobs.chain(row.thread_id, row.checkpoint_ns, channel, String(version));
    if (chain) entries.push(chainValue(chain, serde).then((value) => [channel, value] as const));
  }
  return Object.fromEntries(await Promise.all(entries));
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
    sortWrites(sends).map((s) => loadStored(serde, s.type, s.blob)),
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
  blobs: BlobIndex,
  serde: SerializerProtocol,
  firstVersion: ChannelVersions[string],
): Promise<CheckpointTuple[]> {
  const writes = groupByCheckpoint(rows.writes);
  const sends = groupByCheckpoint(rows.sends);
  return Promise.all(
    rows.checkpoints.map(async (row) => {
      const key = keyOf(row);
      const stored = JSON.parse(row.checkpoint) as Omit<Checkpoint, "channel_values">;
      const checkpoint: Checkpoint = {
        ...stored,
        channel_values: await channelValues(row, stored.channel_versions ?? {}, blobs, serde),
      };
      const parentSends = sends.get(key);
      if (parentSends) await migratePendingSends(checkpoint, parentSends, serde, firstVersion);
      const pendingWrites = await Promise.all(
        sortWrites(writes.get(key) ?? []).map(
          async (w): Promise<CheckpointPendingWrite> => [w.task_id, w.channel, await loadStored(serde, w.type, w.blob)],
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
