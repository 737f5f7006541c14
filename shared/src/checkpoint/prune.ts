import { statement } from "./d1-values.ts";
import { MAX_BOUND_PARAMS, SELECT_PRUNABLE_THREADS, pruneThreadsSql } from "./sql.ts";

/** Options of {@link pruneFinishedThreads}. */
export interface PruneOptions {
  /** Prune threads finished (or, without a threads row, last checkpointed) more than this many ms before `now`. */
  olderThanMs: number;
  /** The present (default: now), as a Date or ms since the epoch. */
  now?: Date | number;
  /**
   * Threads per batch (default and maximum {@link MAX_PRUNE_BATCH}: each
   * statement binds the cutoff and the batch's thread ids, and D1 allows at
   * most MAX_BOUND_PARAMS bound parameters).
   */
  batchSize?: number;
  /** Stop after this many batches (default: until nothing is left to prune), to bound one call's work. */
  maxBatches?: number;
}

/** Most threads one prune batch can take: the cutoff plus one parameter per thread. */
export const MAX_PRUNE_BATCH = MAX_BOUND_PARAMS - 1;

/**
 * Retention: deletes the checkpoints, channel blobs and pending writes of
 * threads that finished (threads.status 'idle' or 'error') with their
 * threads.updated_at older than the cutoff, and of threads with no threads
 * row at all (temporary threads of stateless runs) whose newest checkpoint is
 * older than the cutoff. Threads still waiting ('interrupted', 'busy') are
 * never pruned; the threads rows themselves are kept.
 *
 * Works in batches: one query selects up to `batchSize` threads, then one
 * atomic `db.batch()` deletes them, re-checking the condition so a thread
 * that started a run meanwhile is left alone. Returns the number of threads
 * pruned.
 */
export async function pruneFinishedThreads(db: D1Database, options: PruneOptions): Promise<number> {
  const { olderThanMs, now = Date.now(), batchSize = MAX_PRUNE_BATCH, maxBatches = Number.POSITIVE_INFINITY } = options;
  if (!(olderThanMs >= 0)) throw new Error(`"olderThanMs" must be a non-negative number of ms, got ${olderThanMs}.`);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_PRUNE_BATCH) {
    throw new Error(`"batchSize" must be an integer from 1 to ${MAX_PRUNE_BATCH}, got ${batchSize}.`);
  }
  if (!(maxBatches >= 1)) throw new Error(`"maxBatches" must be at least 1, got ${maxBatches}.`);
  const cutoff = new Date(Number(now) - olderThanMs).toISOString();

  let pruned = 0;
  for (let batches = 0; batches < maxBatches; batches++) {
    const { results } = await statement(db, SELECT_PRUNABLE_THREADS, [cutoff, batchSize]).all<{ thread_id: string }>();
    const ids = results.map((r) => r.thread_id);
    if (ids.length === 0) break;
    const [counted] = await db.batch(pruneThreadsSql(ids.length).map((sql) => statement(db, sql, [cutoff, ...ids])));
    const n = Number((counted?.results?.[0] as { pruned?: number } | undefined)?.pruned ?? 0);
    pruned += n;
    // Fewer than a full batch: nothing more to find. None pruned: every selected
    // thread started a run meanwhile; stop rather than select them again.
    if (ids.length < batchSize || n === 0) break;
  }
  return pruned;
}
