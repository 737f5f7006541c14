import type { RunnableConfig } from "@langchain/core/runnables";
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  type PendingWrite,
  type SerializerProtocol,
  WRITES_IDX_MAP,
  getCheckpointId,
} from "@langchain/langgraph-checkpoint";
import { chunkRows, statement } from "./d1-values.ts";
import { assertFits, checkpointJson, dumpBlobs, dumpWrites, metadataJson } from "./dump.ts";
import { type BlobRow, type CheckpointRow, type WriteRow, toTuples } from "./rows.ts";
import {
  BLOB_COLUMNS,
  DELETE_THREAD,
  MAX_BOUND_PARAMS,
  type Selection,
  UPSERT_CHECKPOINT,
  WRITE_COLUMNS,
  insertBlobsSql,
  insertWritesSql,
  readBlobs,
  readCheckpoints,
  readParentSends,
  readWrites,
  selectLatest,
  selectList,
  selectOne,
} from "./sql.ts";

/** Largest value D1Saver stores by default: under production D1's ~2 MB row cap. */
export const DEFAULT_MAX_BLOB_BYTES = 1_900_000;

/** Options of {@link D1Saver}. */
export interface D1SaverOptions {
  /**
   * Largest serialised channel value, pending write, or checkpoint row (in
   * bytes) a put accepts; beyond it the put throws `CheckpointTooLargeError`
   * and writes nothing. Default {@link DEFAULT_MAX_BLOB_BYTES}.
   */
  maxBlobBytes?: number;
}

/** The label size errors use for the checkpoint row itself (checkpoint JSON + metadata). */
export const CHECKPOINT_ROW_LABEL = "(checkpoint row)";

const missingField = (field: string) => new Error(`Missing "${field}" field in passed "config.configurable".`);

/**
 * LangGraph checkpointer on Cloudflare D1 (schema: migrations/0002_checkpoints.sql).
 *
 * Stores deltas like LangGraph's Postgres saver: a checkpoint row without
 * channel values, plus one blob per (channel, version) written only when the
 * version changes. Each `put`/`putWrites` is one atomic `db.batch()` round
 * trip, as is each `getTuple`/`list` read.
 */
export class D1Saver extends BaseCheckpointSaver {
  /** The D1 database holding the tables of migrations/0002_checkpoints.sql. */
  readonly db: D1Database;
  /** See {@link D1SaverOptions.maxBlobBytes}. */
  readonly maxBlobBytes: number;

  constructor(db: D1Database, serde?: SerializerProtocol, options: D1SaverOptions = {}) {
    super(serde);
    if (!db) {
      throw new Error(
        'D1Saver needs a D1 database but got undefined: declare the "DB" [[d1_databases]] binding in wrangler.toml and pass env.DB.',
      );
    }
    const maxBlobBytes = options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES;
    if (!(maxBlobBytes > 0)) throw new Error(`"maxBlobBytes" must be a positive number of bytes, got ${maxBlobBytes}.`);
    this.db = db;
    this.maxBlobBytes = maxBlobBytes;
  }

  /** The checkpoint of `config` (its checkpoint_id, else the thread namespace's latest). */
  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const { thread_id, checkpoint_ns } = config.configurable ?? {};
    if (thread_id === undefined || thread_id === null) return undefined;
    const ns = checkpoint_ns ?? "";
    const checkpointId = getCheckpointId(config);
    const [tuple] = await this.#read(checkpointId ? selectOne(thread_id, ns, checkpointId) : selectLatest(thread_id, ns));
    return tuple;
  }

  /**
   * Checkpoints newest first, narrowed by `config.configurable` thread_id and
   * checkpoint_ns (all threads / namespaces when absent), `before`, metadata
   * `filter` (every key equal) and `limit`.
   */
  async *list(config: RunnableConfig, options: CheckpointListOptions = {}): AsyncGenerator<CheckpointTuple> {
    const { thread_id, checkpoint_ns } = config.configurable ?? {};
    const { before, filter, limit } = options;
    if (limit !== undefined && !(Number(limit) >= 0)) {
      throw new Error(`"options.limit" must be a non-negative number, got ${String(limit)}.`);
    }
    const filterEntries = Object.entries(filter ?? {}).filter(([, value]) => value !== undefined);
    const beforeId = before ? getCheckpointId(before) : "";
    const tuples = await this.#read(
      selectList({
        threadId: thread_id ?? undefined,
        ns: checkpoint_ns ?? undefined,
        before: beforeId || undefined,
        filterJson: filterEntries.length > 0 ? JSON.stringify(Object.fromEntries(filterEntries)) : undefined,
        limit: limit === undefined ? undefined : Math.floor(Number(limit)),
      }),
    );
    yield* tuples;
  }

  /**
   * Saves a checkpoint: the row, plus a blob for each channel in
   * `newVersions` (the others are stored already, at their version).
   * One batch; refused whole if any value exceeds `maxBlobBytes`.
   */
  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    if (!config.configurable) throw new Error('Missing "configurable" field in passed "config".');
    const { thread_id, checkpoint_ns, checkpoint_id: parentId } = config.configurable;
    if (thread_id === undefined || thread_id === null || thread_id === "") throw missingField("thread_id");
    const ns = checkpoint_ns ?? "";
    const [blobs, meta] = await Promise.all([
      dumpBlobs(thread_id, ns, checkpoint.channel_values, newVersions, this.serde),
      metadataJson(metadata, this.serde),
    ]);
    const json = checkpointJson(checkpoint);
    for (const [, , channel, , , blob] of blobs) assertFits(thread_id, channel, blob?.byteLength ?? 0, this.maxBlobBytes);
    const rowBytes = new TextEncoder().encode(json).byteLength + new TextEncoder().encode(meta).byteLength;
    assertFits(thread_id, CHECKPOINT_ROW_LABEL, rowBytes, this.maxBlobBytes);

    await this.db.batch([
      ...chunkRows(blobs, BLOB_COLUMNS, MAX_BOUND_PARAMS).map((rows) =>
        statement(this.db, insertBlobsSql(rows.length), rows.flat()),
      ),
      statement(this.db, UPSERT_CHECKPOINT, [
        thread_id,
        ns,
        checkpoint.id,
        parentId,
        json,
        meta,
        new Date().toISOString(),
      ]),
    ]);
    return { configurable: { thread_id, checkpoint_ns: ns, checkpoint_id: checkpoint.id } };
  }

  /**
   * Stores a task's writes against the checkpoint of `config`, in one batch.
   * `taskPath` orders them on replay (see `writesSortKey`); none sorts first.
   */
  async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string, taskPath = ""): Promise<void> {
    const { thread_id, checkpoint_ns, checkpoint_id } = config.configurable ?? {};
    if (thread_id === undefined || thread_id === null || thread_id === "") throw missingField("thread_id");
    if (!checkpoint_id) throw missingField("checkpoint_id");
    if (writes.length === 0) return;
    const rows = await dumpWrites(thread_id, checkpoint_ns ?? "", checkpoint_id, taskId, taskPath, writes, this.serde);
    for (const [, , , , , , channel, , blob] of rows) assertFits(thread_id, channel, blob.byteLength, this.maxBlobBytes);

    // Special channels (ERROR, INTERRUPT, RESUME, SCHEDULED) sit at a fixed
    // negative idx per task, so a later one must supersede the earlier (e.g. a
    // new RESUME value): when the whole batch is special, REPLACE. Otherwise
    // IGNORE: regular writes at (task_id, idx) are final once stored, and a
    // retried or concurrent task must not clobber them (as SqliteSaver does).
    const replace = writes.every(([channel]) => channel in WRITES_IDX_MAP);
    await this.db.batch(
      chunkRows(rows, WRITE_COLUMNS, MAX_BOUND_PARAMS).map((chunk) =>
        statement(this.db, insertWritesSql(chunk.length, replace), chunk.flat()),
      ),
    );
  }

  /** Deletes a thread's checkpoints, blobs and writes, in one batch. */
  async deleteThread(threadId: string): Promise<void> {
    await this.db.batch(DELETE_THREAD.map((sql) => statement(this.db, sql, [threadId])));
  }

  /** Reads a selection of checkpoints with their blobs and writes: one batch, one consistent snapshot. */
  async #read(sel: Selection): Promise<CheckpointTuple[]> {
    const [checkpoints, blobs, writes, sends] = await this.db.batch(
      [readCheckpoints(sel), readBlobs(sel), readWrites(sel), readParentSends(sel)].map((s) =>
        statement(this.db, s.sql, s.params),
      ),
    );
    return toTuples(
      {
        checkpoints: (checkpoints?.results ?? []) as CheckpointRow[],
        blobs: (blobs?.results ?? []) as BlobRow[],
        writes: (writes?.results ?? []) as WriteRow[],
        sends: (sends?.results ?? []) as WriteRow[],
      },
      this.serde,
      this.getNextVersion(undefined),
    );
  }
}
