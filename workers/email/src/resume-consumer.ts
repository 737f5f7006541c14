import type { ResumeMessage } from "@agentic-sales/shared/campaign";
import { z } from "zod";
import { runCampaignThread, type AppFetch } from "./api/internal-run.ts";
import type { EmailEnv } from "./env.ts";

/** Consecutive failed resumes after which a thread is parked for a human (visible in the campaign API). */
export const MAX_RESUME_FAILURES = 3;

const ResumeMessageSchema = z.object({ thread_id: z.uuid(), lease_id: z.string().min(1).max(100), now: z.int().min(0) }) satisfies z.ZodType<ResumeMessage>;

// Only the holder of the lease the cron took may resume: a retry after a
// success (lease cleared) or a stale message (re-leased since) skips.
const SELECT_LEASE = `SELECT status, lease_id FROM campaign_threads WHERE thread_id = ?1`;

const CLEAR_LEASE = `
UPDATE campaign_threads SET lease_id = NULL, lease_until = NULL, failures = 0, last_error = NULL
 WHERE thread_id = ?1 AND lease_id = ?2`;

// Busy: a human's review resume holds the thread right now; not the thread's fault.
const RELEASE_LEASE = `UPDATE campaign_threads SET lease_id = NULL, lease_until = NULL WHERE thread_id = ?1 AND lease_id = ?2`;

// A failed run may have left the row as its nodes wrote it — even past the
// failure: with async durability a node runs while the previous checkpoint
// is still being written, so a failed put can surface after schedule_next
// moved wake_at days ahead. None of that is checkpointed, so the thread goes
// back to waiting, due at the tick that leased it (the next tick replays it
// from its last checkpoint; the send ledger keeps replayed sends single) —
// or is parked.
const RECORD_FAILURE = `
UPDATE campaign_threads
   SET lease_id = NULL, lease_until = NULL, failures = failures + 1, last_error = ?3,
       status  = CASE WHEN failures + 1 >= ?4 THEN 'parked' ELSE 'waiting' END,
       wake_at = CASE WHEN failures + 1 >= ?4 THEN NULL ELSE ?5 END,
       updated_at = ?6
 WHERE thread_id = ?1 AND lease_id = ?2`;

/** What the consumer did with one message. */
export type ResumeOutcome = "invalid" | "stale" | "resumed" | "busy" | "failed" | "parked";

/**
 * Handles one resume message: checks the lease, resumes the thread through
 * the app's own `POST /threads/{id}/runs/wait` (same path, lease and
 * services as any caller) with `Command({ resume: { now } })`, then clears
 * the lease — or counts the failure and records the error.
 *
 * @example
 * await resumeThread(app.fetch, env, ctx, { thread_id, lease_id, now }); // "resumed"
 */
export async function resumeThread(appFetch: AppFetch, env: EmailEnv, ctx: ExecutionContext, body: unknown): Promise<ResumeOutcome> {
  const parsed = ResumeMessageSchema.safeParse(body);
  if (!parsed.success) return "invalid";
  const { thread_id: threadId, lease_id: leaseId, now } = parsed.data;
  const row = await env.DB.prepare(SELECT_LEASE).bind(threadId).first<{ status: string; lease_id: string | null }>();
  if (!row || row.lease_id !== leaseId || row.status !== "waiting") return "stale";

  const run = await runCampaignThread(appFetch, env, ctx, threadId, { command: { resume: { now } } });
  if (run.ok) {
    await env.DB.prepare(CLEAR_LEASE).bind(threadId, leaseId).run();
    return "resumed";
  }
  if (run.status === 409 && run.body.error === "thread_busy") {
    await env.DB.prepare(RELEASE_LEASE).bind(threadId, leaseId).run();
    return "busy";
  }
  const error = (run.error ?? "unknown error").slice(0, 1_000);
  const failed = await env.DB.prepare(`${RECORD_FAILURE} RETURNING status`)
    .bind(threadId, leaseId, error, MAX_RESUME_FAILURES, now, new Date(now).toISOString())
    .first<{ status: string }>();
  return failed?.status === "parked" ? "parked" : "failed";
}

/** Resumes of one queue batch in flight at once, unless RESUME_CONCURRENCY says otherwise. */
export const DEFAULT_RESUME_CONCURRENCY = 4;
/** The queue's max_batch_size: more in flight than one batch holds gains nothing. */
const MAX_RESUME_CONCURRENCY = 10;

/**
 * RESUME_CONCURRENCY from env, clamped to 1…10; a malformed value falls back
 * to the default. Each message is a different thread holding its own lease,
 * so they may run together; D1 serves one database's queries one at a time,
 * so beyond a few in flight they mostly queue there.
 *
 * @example
 * resumeConcurrency("1"); // 1
 * resumeConcurrency("lots"); // 4
 */
export function resumeConcurrency(raw: string | undefined): number {
  const n = Number(raw);
  if (!raw?.trim() || !Number.isInteger(n) || n < 1) return DEFAULT_RESUME_CONCURRENCY;
  return Math.min(n, MAX_RESUME_CONCURRENCY);
}

/**
 * The email worker's `queue` handler for `campaign-resume`. A batch's
 * messages are handled `RESUME_CONCURRENCY` at a time and each is acked
 * explicitly once handled (a failed resume is handled: it is recorded and
 * retried by the next cron tick). Only an error of the handling itself (D1
 * down) retries the message through the queue.
 *
 * @example
 * export default { fetch: app.fetch, queue: resumeConsumer(() => app.fetch) };
 */
export function resumeConsumer(appFetch: () => AppFetch) {
  return async function queue(batch: MessageBatch<unknown>, env: EmailEnv, ctx: ExecutionContext): Promise<void> {
    const handle = async (message: Message<unknown>) => {
      try {
        const outcome = await resumeThread(appFetch(), env, ctx, message.body);
        if (outcome === "invalid") console.error(JSON.stringify({ level: "error", msg: "campaign_resume_invalid_message", id: message.id }));
        message.ack();
      } catch (e) {
        console.error(JSON.stringify({ level: "error", msg: "campaign_resume_failed", id: message.id, error: (e as Error)?.message ?? String(e) }));
        message.retry();
      }
    };
    const pending = [...batch.messages];
    const worker = async () => {
      for (let message = pending.shift(); message; message = pending.shift()) await handle(message);
    };
    await Promise.all(Array.from({ length: Math.min(resumeConcurrency(env.RESUME_CONCURRENCY), pending.length) }, worker));
  };
}
