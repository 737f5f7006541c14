/**
 * Group commit for D1Saver: the statements of one thread's checkpointer calls
 * go out one `db.batch()` at a time, in the order the calls reach the lane,
 * and calls that arrive while a batch of their thread is in flight share the
 * next batch.
 *
 * Why: LangGraph's loop (async durability) fires `putWrites` for each task as
 * it finishes and chains `put` after the previous put, so a thread's calls
 * overlap; sent one batch each, they queue up at the database anyway (D1 runs
 * one query at a time per database), and each write batch costs a commit.
 * Merged, a graph step costs about one round trip instead of two or more.
 *
 * Guarantees kept:
 * - A call's promise settles only when its own statements have committed (or
 *   failed): merging changes how many round trips, not what is durable when.
 * - Order: a thread's batches go out one at a time, each carrying calls in
 *   the order they reached the lane (after serializing their values), and
 *   a call sees the writes of every call that reached it before.
 * - A call's statements stay atomic; a merged batch is one transaction too.
 *   If a merged batch fails, each of its calls is retried in a batch of its
 *   own (every D1Saver statement is idempotent and the failed batch rolled
 *   back), so one call's failure never becomes another's.
 * - A batch is always sent by one of its own calls, from that call's request
 *   context: on Workers, I/O started in a request that has since ended is
 *   cancelled. Calls of different threads are never merged (a thread runs
 *   in one request at a time). Should a batch still never come back, the
 *   calls waiting on it run again after `staleMs`, in a fresh lane, their
 *   order with the lost batch no longer known (statements must be
 *   idempotent: D1Saver's are upserts, INSERT OR IGNORE/REPLACE, deletes
 *   and reads).
 */

/** The results of one call's statements, in order. */
export type BatchResults = D1Result[];

/** Tuning of {@link BatchLanes}. */
export interface LaneLimits {
  /** Most statements one merged batch carries (a single call may exceed it alone). */
  maxStatements: number;
  /** Most bound bytes one merged batch carries (likewise). */
  maxBytes: number;
  /**
   * Microtask turns a batch of deferrable calls only (putWrites, which
   * LangGraph does not wait on until the run ends) waits before it is sent,
   * so that an urgent call made in the same turn of the event loop (the put
   * LangGraph chains right after a task's putWrites) joins it; a batch with
   * an urgent call goes at once. Costs microseconds; a timer would cost
   * about a millisecond in workerd.
   */
  yieldTurns: number;
  /**
   * A call that has waited this long for its outcome gives up on the batch
   * carrying it or ahead of it (the request that sent it may have been
   * cancelled, taking the batch with it), and runs again in a fresh lane:
   * which is why a lane's statements must be idempotent (D1Saver's are).
   */
  staleMs: number;
}

/**
 * Defaults of {@link LaneLimits}. LangGraph 1.7.3 calls the next put about
 * 20 microtask turns after a task's putWrites (measured with a node doing
 * I/O: 16 turns merge nothing, 24 merge every step); 128 leaves room for
 * wrappers around the saver, and costs tens of µs, only to a batch of
 * putWrites that no put joins.
 */
export const DEFAULT_LANE_LIMITS: Readonly<LaneLimits> = Object.freeze({
  maxStatements: 64,
  maxBytes: 4_000_000,
  yieldTurns: 128,
  staleMs: 60_000,
});

interface Call {
  statements: D1PreparedStatement[];
  bytes: number;
  /** Whether its caller waits on it now (see `yieldTurns`). */
  urgent: boolean;
  wake: (outcome: Outcome) => void;
}

type Queue = Call[];

/** How a waiting call is woken: to send the next batch of its queue, with its results, or to start over. */
type Outcome = { lead: Queue } | { results: BatchResults } | { error: unknown } | { restart: true };

/** Counters of a lane set, for tests and the benchmark. */
export interface LaneStats {
  /** `db.batch()` calls made. */
  batches: number;
  /** Checkpointer calls carried. */
  calls: number;
  /** Batches that carried more than one call. */
  merged: number;
  /** Merged batches that failed and were retried call by call. */
  retried: number;
  /** Lanes given up on after `staleMs`. */
  abandoned: number;
}

export class BatchLanes {
  /** Per lane: the calls not yet sent; a lane is present while busy. */
  readonly #queues = new Map<string, Queue>();
  readonly stats: LaneStats = { batches: 0, calls: 0, merged: 0, retried: 0, abandoned: 0 };

  constructor(
    readonly db: D1Database,
    readonly limits: Readonly<LaneLimits> = DEFAULT_LANE_LIMITS,
  ) {}

  /**
   * Runs `statements` as one atomic unit in `lane` (a thread id), in order
   * with the lane's other calls, and returns their results. `bytes` (what
   * they bind) bounds how much one merged batch carries; a call that is not
   * `urgent` may wait a few microtask turns for an urgent one to join it.
   */
  async run(lane: string, statements: D1PreparedStatement[], bytes = 0, urgent = true): Promise<BatchResults> {
    for (;;) {
      let call!: Call;
      let outcome = await new Promise<Outcome>((resolve) => {
        let queue = this.#queues.get(lane);
        const idle = queue === undefined;
        if (!queue) this.#queues.set(lane, (queue = []));
        let timer: ReturnType<typeof setTimeout> | undefined;
        call = {
          statements,
          bytes,
          urgent,
          wake: (o) => {
            if (timer !== undefined) clearTimeout(timer);
            resolve(o);
          },
        };
        queue.push(call);
        if (idle) call.wake({ lead: queue });
        else {
          // Until its outcome arrives, from the queue or from a batch another call sent.
          timer = setTimeout(() => {
            this.#abandon(lane, queue);
            call.wake({ restart: true });
          }, this.limits.staleMs);
        }
      });
      if ("lead" in outcome) outcome = await this.#lead(lane, outcome.lead, call);
      if ("restart" in outcome) continue;
      if ("error" in outcome) throw outcome.error;
      return (outcome as { results: BatchResults }).results;
    }
  }

  /**
   * Sends the next batch of `queue`, headed by `self`: a call whose caller
   * awaits it, so the request that sends a batch lives until it is answered.
   */
  async #lead(lane: string, queue: Queue, self: Call): Promise<Outcome> {
    for (let i = 0; i < this.limits.yieldTurns && !queue.some((c) => c.urgent); i++) await undefined;
    if (queue[0] !== self) return { restart: true }; // the lane was abandoned meanwhile
    const batch = this.#take(queue);
    let outcome: Outcome;
    this.stats.batches += 1;
    this.stats.calls += batch.length;
    if (batch.length > 1) this.stats.merged += 1;
    try {
      const results = await this.db.batch(batch.flatMap((c) => c.statements));
      let at = 0;
      const slices = batch.map((c) => results.slice(at, (at += c.statements.length)));
      batch.forEach((c, i) => i > 0 && c.wake({ results: slices[i]! }));
      outcome = { results: slices[0]! };
    } catch (error) {
      outcome = { error };
      if (batch.length > 1) {
        // The merged transaction rolled back whole: run each call alone, in
        // order, so each gets the outcome it would have had unmerged.
        this.stats.retried += 1;
        for (const [i, call] of batch.entries()) {
          let own: Outcome;
          this.stats.batches += 1;
          try {
            own = { results: await this.db.batch(call.statements) };
          } catch (e) {
            own = { error: e };
          }
          if (i === 0) outcome = own;
          else call.wake(own);
        }
      }
    }
    // Hand the lane to the next call, or mark it idle.
    const next = queue[0];
    if (next) next.wake({ lead: queue });
    else if (this.#queues.get(lane) === queue) this.#queues.delete(lane);
    return outcome;
  }

  /** The calls the next batch carries: the head, and those that fit behind it. */
  #take(queue: Queue): Call[] {
    let count = 1;
    let statements = queue[0]!.statements.length;
    let bytes = queue[0]!.bytes;
    while (count < queue.length) {
      const next = queue[count]!;
      if (statements + next.statements.length > this.limits.maxStatements) break;
      if (bytes + next.bytes > this.limits.maxBytes) break;
      statements += next.statements.length;
      bytes += next.bytes;
      count += 1;
    }
    return queue.splice(0, count);
  }

  /** Gives up on a lane whose batch in flight never came back: its queued calls start over. */
  #abandon(lane: string, queue: Queue): void {
    if (this.#queues.get(lane) === queue) this.#queues.delete(lane);
    this.stats.abandoned += 1;
    for (const call of queue.splice(0)) call.wake({ restart: true });
  }
}
