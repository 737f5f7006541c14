import type { ResumeMessage } from "./resume-message.ts";

// One statement selects and leases atomically: two overlapping ticks can never
// both lease a thread, because the second sees the first's unexpired lease.
const LEASE_DUE = `
UPDATE campaign_threads
   SET lease_id = ?1, lease_until = ?2, updated_at = ?3
 WHERE thread_id IN (
   SELECT thread_id FROM campaign_threads
    WHERE status = 'waiting' AND wake_at <= ?4 AND (lease_until IS NULL OR lease_until < ?4)
    ORDER BY wake_at
    LIMIT ?5)
RETURNING thread_id`;

export interface LeaseOptions {
  /** The tick's clock, ms. */
  now: number;
  /** How long a lease holds before another tick may take the thread again. */
  leaseMs: number;
  /** Threads per statement. */
  batchSize: number;
  /** Upper bound per tick, so one tick stays within its CPU budget; the rest wait for the next. */
  maxThreads: number;
}

/**
 * Leases every campaign thread due at `now` (a missed tick's threads are due
 * too, so the next tick catches up) and returns one resume message per thread.
 *
 * @example
 * const messages = await leaseDueThreads(env.DB, { now: Date.now(), leaseMs: 900_000, batchSize: 100, maxThreads: 1000 });
 */
export async function leaseDueThreads(db: D1Database, o: LeaseOptions): Promise<ResumeMessage[]> {
  const leaseId = crypto.randomUUID();
  const messages: ResumeMessage[] = [];
  while (messages.length < o.maxThreads) {
    const limit = Math.min(o.batchSize, o.maxThreads - messages.length);
    const { results } = await db
      .prepare(LEASE_DUE)
      .bind(leaseId, o.now + o.leaseMs, new Date(o.now).toISOString(), o.now, limit)
      .all<{ thread_id: string }>();
    for (const row of results) messages.push({ thread_id: row.thread_id, lease_id: leaseId, now: o.now });
    if (results.length < limit) break;
  }
  return messages;
}
