import { leaseDueThreads, type ResumeMessage } from "@agentic-sales/shared/campaign";
import { pruneFinishedThreads } from "@agentic-sales/shared/checkpoint/prune";
import { log } from "@agentic-sales/shared/telemetry";
import { ThreadStore } from "@agentic-sales/shared/threads";

/** A lease outlives queue delivery and one resume; after it lapses the next tick retries the thread. */
const LEASE_MS = 15 * 60_000;
/** Per tick; a backlog beyond it drains over the following ticks. */
const MAX_THREADS_PER_TICK = 5_000;
const QUEUE_BATCH = 100;
/** Checkpoints of finished threads are kept this long unless CHECKPOINT_RETENTION_DAYS says otherwise. */
const DEFAULT_RETENTION_DAYS = 30;
/** Prune batches per tick (≤ 99 threads each), so housekeeping never crowds out resumes. */
const PRUNE_BATCHES_PER_TICK = 10;

/** Retention from env; a malformed value falls back to the default rather than pruning everything. */
export function retentionMs(raw: string | undefined): number {
  const days = Number(raw);
  return (raw && Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS) * 86_400_000;
}

/**
 * Cron tick: lease every campaign thread due at the tick's time and fan the
 * resumes out through the queue (the email worker consumes it). The tick's
 * `scheduledTime` is the campaign clock, so a local run can simulate days.
 * Also frees LangGraph threads whose run died holding its busy lease, and
 * prunes checkpoints of finished threads past the retention age.
 */
export async function scheduled(controller: ScheduledController, env: DispatcherEnv): Promise<void> {
  const now = controller.scheduledTime;
  // Busy leases are about real run durations, so they use the wall clock.
  const released = await new ThreadStore(env.DB).releaseLapsedLeases(Date.now());
  const due = await leaseDueThreads(env.DB, { now, leaseMs: LEASE_MS, batchSize: 100, maxThreads: MAX_THREADS_PER_TICK });
  for (let i = 0; i < due.length; i += QUEUE_BATCH) {
    await env.CAMPAIGN_QUEUE.sendBatch(due.slice(i, i + QUEUE_BATCH).map((body: ResumeMessage) => ({ body, contentType: "json" as const })));
  }
  // Threads still waiting (interrupted) are never pruned; finished ones after the retention age.
  const pruned = await pruneFinishedThreads(env.DB, { olderThanMs: retentionMs(env.CHECKPOINT_RETENTION_DAYS), now: Date.now(), maxBatches: PRUNE_BATCHES_PER_TICK });
  log("info", "cron_tick", { cron: controller.cron, now, due_threads: due.length, released_leases: released, pruned_threads: pruned });
}
