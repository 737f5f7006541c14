import { leaseDueThreads, type ResumeMessage } from "@agentic-sales/shared/campaign";
import { ThreadStore } from "@agentic-sales/shared/threads";

/** A lease outlives queue delivery and one resume; after it lapses the next tick retries the thread. */
const LEASE_MS = 15 * 60_000;
/** Per tick; a backlog beyond it drains over the following ticks. */
const MAX_THREADS_PER_TICK = 5_000;
const QUEUE_BATCH = 100;

/**
 * Cron tick: lease every campaign thread due at the tick's time and fan the
 * resumes out through the queue (the email worker consumes it). The tick's
 * `scheduledTime` is the campaign clock, so a local run can simulate days.
 * Also frees LangGraph threads whose run died holding its busy lease.
 */
export async function scheduled(controller: ScheduledController, env: DispatcherEnv): Promise<void> {
  const now = controller.scheduledTime;
  // Busy leases are about real run durations, so they use the wall clock.
  const released = await new ThreadStore(env.DB).releaseLapsedLeases(Date.now());
  const due = await leaseDueThreads(env.DB, { now, leaseMs: LEASE_MS, batchSize: 100, maxThreads: MAX_THREADS_PER_TICK });
  for (let i = 0; i < due.length; i += QUEUE_BATCH) {
    await env.CAMPAIGN_QUEUE.sendBatch(due.slice(i, i + QUEUE_BATCH).map((body: ResumeMessage) => ({ body, contentType: "json" as const })));
  }
  console.log(JSON.stringify({ level: "info", msg: "cron_tick", cron: controller.cron, now, due_threads: due.length, released_leases: released }));
}
