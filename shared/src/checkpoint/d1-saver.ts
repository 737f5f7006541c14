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
import { type PreparedBlob, asSnapshot, assertFits, checkpointJson, dumpBlobs, dumpWrites, metadataJson } from "./dump.ts";
import { BatchLanes, type LaneStats } from "./lanes.ts";
import { DEFAULT_LIST_CACHE_SIZE, DEFAULT_SNAPSHOT_EVERY, ListCache, describeList } from "./list-segments.ts";
import { BlobIndex, type BlobRow, type CheckpointRow, type WriteRow, chainListBytes, toTuples } from "./rows.ts";
import {
  DELETE_THREAD,
  MAX_BOUND_PARAMS,
  type Selection,
  UPSERT_CHECKPOINT,
  WRITE_COLUMNS,
  insertBlobs,
  insertWritesSql,
  isMissingBaseError,
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
  /**
   * List channels are stored append-only (migrations/0007): a list that
   * extends the one last stored for its channel stores only the appended
   * items, as a segment on that version. After this many segments the next
   * value is stored whole again, so a read takes at most this many + 1 rows.
   * 0 stores every value whole. Default {@link DEFAULT_SNAPSHOT_EVERY}.
   */
  snapshotEvery?: number;
  /**
   * Lists remembered (per thread, namespace and channel: version, length and
   * hash, not the value) to recognise the next one as an extension. On a miss
   * the list is stored whole. Default {@link DEFAULT_LIST_CACHE_SIZE}.
   */
  listCacheSize?: number;
}

/** The label size errors use for the checkpoint row itself (checkpoint JSON + metadata). */
export const CHECKPOINT_ROW_LABEL = "(checkpoint row)";

const missingField = (field: string) => new Error(`Missing "${field}" field in passed "config.configurable".`);

/**
 * LangGraph checkpointer on Cloudflare D1 (schema: migrations/0002_checkpoints.sql,
 * 0007_checkpoint_list_segments.sql).
 *
 * Stores deltas like LangGraph's Postgres saver: a checkpoint row without
 * channel values, plus one blob per (channel, version) written only when the
 * version changes; a list channel that grew stores only its new items (see
 * list-segments.ts). Each `put`/`putWrites`/`getTuple`/`list` is one atomic
 * `db.batch()` at most: a thread's calls that overlap (LangGraph fires a
 * task's putWrites while the previous put is in flight, and the next put
 * right after them) share one round trip (see lanes.ts).
 */
export class D1Saver extends BaseCheckpointSaver {
  /** The D1 database holding the tables of migrations/0002_checkpoints.sql. */
  readonly db: D1Database;
  /** See {@link D1SaverOptions.maxBlobBytes}. */
  readonly maxBlobBytes: number;
  /** See {@link D1SaverOptions.snapshotEvery}. */
  readonly snapshotEvery: number;
  /** The lists last stored per (thread, namespace, channel); see list-segments.ts. */
  readonly listCache: ListCache;
  readonly #lanes: BatchLanes;

  constructor(db: D1Database, serde?: SerializerProtocol, options: D1SaverOptions = {}) {
    super(serde);
    if (!db) {
      throw new Error(
        'D1Saver needs a D1 database but got undefined: declare the "DB" [[d1_databases]] binding in wrangler.toml and pass env.DB.',
      );
    }
    const maxBlobBytes = options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES;
    if (!(maxBlobBytes > 0)) throw new Error(`"maxBlobBytes" must be a positive number of bytes, got ${maxBlobBytes}.`);
    const snapshotEvery = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
    if (!Number.isInteger(snapshotEvery) || snapshotEvery < 0) {
      throw new Error(`"snapshotEvery" must be a non-negative integer, got ${snapshotEvery}.`);
    }
    this.db = db;
    this.maxBlobBytes = maxBlobBytes;
    this.snapshotEvery = snapshotEvery;
    this.listCache = new ListCache(options.listCacheSize ?? DEFAULT_LIST_CACHE_SIZE);
    this.#lanes = new BatchLanes(db);
  }

  /** Round trips made and calls they carried (merged batches: see lanes.ts). */
  get batchStats(): Readonly<LaneStats> {
    return this.#lanes.stats;
  }

  /** The checkpoint of `config` (its checkpoint_id, else the thread namespace's latest). */
  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const { thread_id, checkpoint_ns } = config.configurable ?? {};
    if (thread_id === undefined || thread_id === null) return undefined;
    const ns = checkpoint_ns ?? "";
    const checkpointId = getCheckpointId(config);
    const sel = checkpointId ? selectOne(thread_id, ns, checkpointId) : selectLatest(thread_id, ns);
    const { tuples, blobs, checkpoints } = await this.#read(sel, String(thread_id));
    const [row] = checkpoints;
    // The lists read are what the run about to start will extend: remember them.
    if (row && this.snapshotEvery > 0) await this.#rememberLists(row, blobs);
    return tuples[0];
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
    const { tuples } = await this.#read(
      selectList({
        threadId: thread_id ?? undefined,
        ns: checkpoint_ns ?? undefined,
        before: beforeId || undefined,
        filterJson: filterEntries.length > 0 ? JSON.stringify(Object.fromEntries(filterEntries)) : undefined,
        limit: limit === undefined ? undefined : Math.floor(Number(limit)),
      }),
      thread_id === undefined || thread_id === null ? undefined : String(thread_id),
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
    const lists = { cache: this.listCache, snapshotEvery: this.snapshotEvery };
    const [blobs, meta] = await Promise.all([
      dumpBlobs(thread_id, ns, checkpoint.channel_values, newVersions, this.serde, lists),
      metadataJson(metadata, this.serde),
    ]);
    const json = checkpointJson(checkpoint);
    for (const blob of blobs) assertFits(thread_id, blob.channel, blob.size, this.maxBlobBytes);
    const rowBytes = new TextEncoder().encode(json).byteLength + meta.bytes;
    assertFits(thread_id, CHECKPOINT_ROW_LABEL, rowBytes, this.maxBlobBytes);
    const row = [thread_id, ns, checkpoint.id, parentId, json, meta.text, new Date().toISOString()];

    try {
      await this.#putRows(thread_id, ns, blobs, row, rowBytes);
    } catch (error) {
      // A segment's base row is gone (the thread was deleted or pruned since
      // this isolate stored it): nothing was written; store the lists whole.
      if (!isMissingBaseError(error) || !blobs.some((b) => b.base !== null)) throw error;
      this.listCache.deleteThread(thread_id);
      await this.#putRows(thread_id, ns, blobs.map(asSnapshot), row, rowBytes);
    }
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
    const dumped = await dumpWrites(thread_id, checkpoint_ns ?? "", checkpoint_id, taskId, taskPath, writes, this.serde);
    for (const { row, size } of dumped) assertFits(thread_id, row[6], size, this.maxBlobBytes);
    const rows = dumped.map((d) => d.row);

    // Special channels (ERROR, INTERRUPT, RESUME, SCHEDULED) sit at a fixed
    // negative idx per task, so a later one must supersede the earlier (e.g. a
    // new RESUME value): when the whole batch is special, REPLACE. Otherwise
    // IGNORE: regular writes at (task_id, idx) are final once stored, and a
    // retried or concurrent task must not clobber them (as SqliteSaver does).
    const replace = writes.every(([channel]) => channel in WRITES_IDX_MAP);
    const bytes = dumped.reduce((n, d) => n + d.size, 0);
    await this.#lanes.run(
      String(thread_id),
      chunkRows(rows, WRITE_COLUMNS, MAX_BOUND_PARAMS).map((chunk) =>
        statement(this.db, insertWritesSql(chunk.length, replace), chunk.flat()),
      ),
      bytes,
      // Not urgent: LangGraph waits on a run's writes only at its end (or
      // step, with "sync" durability), and chains the next put right after.
      false,
    );
  }

  /** Deletes a thread's checkpoints, blobs and writes, in one batch. */
  async deleteThread(threadId: string): Promise<void> {
    this.listCache.deleteThread(threadId);
    await this.#lanes.run(
      String(threadId),
      DELETE_THREAD.map((sql) => statement(this.db, sql, [threadId])),
    );
    this.listCache.deleteThread(threadId);
  }

  /**
   * One batch writing `blobs` and the checkpoint `row`; then remembers the
   * lists stored, unless a (channel, version) was stored already (a re-put,
   * or another branch of a fork wrote that version first), whose stored
   * value this put did not write.
   */
  async #putRows(threadId: string, ns: string, blobs: PreparedBlob[], row: unknown[], rowBytes: number): Promise<void> {
    const inserts = insertBlobs(threadId, ns, blobs);
    const bytes = rowBytes + blobs.reduce((n, b) => n + b.size, 0);
    const results = await this.#lanes.run(
      String(threadId),
      [...inserts.map((s) => statement(this.db, s.sql, s.params)), statement(this.db, UPSERT_CHECKPOINT, row)],
      bytes,
    );
    let at = 0;
    inserts.forEach((insert, i) => {
      const { rows } = insert;
      const stored = results[i]?.meta?.changes === rows;
      for (const blob of blobs.slice(at, at + rows)) {
        const key = ListCache.key(threadId, ns, blob.channel);
        if (blob.remember && stored) this.listCache.set(key, blob.remember);
        else this.listCache.delete(key);
      }
      at += rows;
    });
  }

  /** Seeds the list cache with the lists of checkpoint `row`, as read in `blobs`. */
  async #rememberLists(row: CheckpointRow, blobs: BlobIndex): Promise<void> {
    const versions = (JSON.parse(row.checkpoint) as Pick<Checkpoint, "channel_versions">).channel_versions ?? {};
    await Promise.all(
      Object.entries(versions).map(async ([channel, v]) => {
        const chain = blobs.chain(row.thread_id, row.checkpoint_ns, channel, String(v));
        const head = chain?.at(-1);
        const bytes = chain && head?.list_hash && chainListBytes(chain);
        if (!bytes) return;
        const entry = await describeList(String(v), bytes, head.depth);
        // Rejoined as written? (Else a segment on it could not pass its insert's check.)
        if (entry.hash === head.list_hash) this.listCache.set(ListCache.key(row.thread_id, row.checkpoint_ns, channel), entry);
      }),
    );
  }

  /**
   * Reads a selection of checkpoints with their blobs and writes: one batch,
   * one consistent snapshot; in the lane of `threadId` when the selection is
   * one thread's, after the writes that reached that lane before it. (A
   * `list()` across threads goes straight to the database.)
   */
  async #read(sel: Selection, threadId?: string): Promise<{ tuples: CheckpointTuple[]; blobs: BlobIndex; checkpoints: CheckpointRow[] }> {
    const statements = [readCheckpoints(sel), readBlobs(sel), readWrites(sel), readParentSends(sel)].map((s) =>
      statement(this.db, s.sql, s.params),
    );
    const [checkpoints, blobs, writes, sends] =
      threadId === undefined ? await this.db.batch(statements) : await this.#lanes.run(threadId, statements);
    const rows = {
      checkpoints: (checkpoints?.results ?? []) as CheckpointRow[],
      blobs: (blobs?.results ?? []) as BlobRow[],
      writes: (writes?.results ?? []) as WriteRow[],
      sends: (sends?.results ?? []) as WriteRow[],
    };
    const index = new BlobIndex(rows.blobs);
    const tuples = await toTuples(rows, index, this.serde, this.getNextVersion(undefined));
    return { tuples, blobs: index, checkpoints: rows.checkpoints };
  }
}

