import { log } from "@agentic-sales/shared/telemetry";
import { runCampaignThread, type AppFetch } from "../api/internal-run.ts";
import type { EmailEnv } from "../env.ts";

/** What a nudge did. */
export type NudgeOutcome = "resumed" | "busy" | "skipped" | "failed";

// Only threads parked at their `wait` interrupt for the clock are resumed:
// `waiting` ones, and those paused with their campaign (the guard pauses them
// again unless the news stops them). A thread in review waits for its human
// (approval runs check_reply again); one paused on an unknown send outcome
// needs a human anyway; stopped, done and parked ones are not the mail's business.
const NUDGEABLE = `
SELECT thread_id FROM campaign_threads
 WHERE thread_id = ?1 AND (status = 'waiting' OR (status = 'paused' AND stop_reason = 'campaign_paused'))`;

/**
 * Lets a thread act on news now instead of at its next cron tick: resumes it
 * through the app's own `POST /threads/{id}/runs/wait` with
 * `Command({ resume: { now } })`, exactly as the resume consumer does, so
 * `check_reply` and the guard apply the rules (stop on reply, bounce or
 * unsubscribe; hold until an out-of-office return date). A busy thread is
 * left alone: the news is recorded, and its next run reads it. A failed run
 * is logged and left to the cron. Never throws.
 *
 * @example
 * await nudgeThread(app.fetch, env, ctx, threadId, Date.now()); // "resumed"
 */
export async function nudgeThread(appFetch: AppFetch, env: EmailEnv, ctx: ExecutionContext, threadId: string, now: number): Promise<NudgeOutcome> {
  try {
    if (!(await env.DB.prepare(NUDGEABLE).bind(threadId).first())) return "skipped";
    const run = await runCampaignThread(appFetch, env, ctx, threadId, { command: { resume: { now } } });
    if (run.ok) return "resumed";
    if (run.status === 409 && run.body.error === "thread_busy") return "busy";
    log("warn", "thread_nudge_failed", { thread_id: threadId, status: run.status, code: String(run.body.error ?? "run_error") });
    return "failed";
  } catch (e) {
    log("warn", "thread_nudge_failed", { thread_id: threadId, error: (e as Error)?.name ?? "Error" });
    return "failed";
  }
}
