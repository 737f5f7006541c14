import { ApiError } from "@agentic-sales/shared/http";
import { campaignOr404 } from "./campaign-reads.ts";
import { PAUSE_THREADS, RESUME_THREADS, SET_CAMPAIGN_STATUS, STOP_THREADS } from "./sql.ts";

export type LifecycleAction = "pause" | "resume" | "stop";

const TARGET = { pause: "paused", resume: "active", stop: "stopped" } as const;

/**
 * `POST /campaigns/{id}/pause|resume|stop`, in one batch with the thread rows:
 * pause parks waiting threads (no wake; the guard pauses any thread a run
 * reaches meanwhile); resume makes paused and parked threads due at `now`, so
 * the next cron tick resumes them through the guard; stop ends every
 * unfinished thread. A stopped campaign stays stopped (409).
 *
 * @example
 * await setCampaignStatus(env.DB, "cmp_…", "pause", Date.now()); // { campaign_id, status: "paused", threads_updated: 12 }
 */
export async function setCampaignStatus(db: D1Database, campaignId: string, action: LifecycleAction, now: number) {
  const campaign = await campaignOr404(db, campaignId);
  if (campaign.status === "stopped" && action !== "stop") {
    throw new ApiError(409, "campaign_stopped", `Campaign "${campaignId}" is stopped; it cannot be ${action}d.`);
  }
  const ts = new Date(now).toISOString();
  const threads =
    action === "pause"
      ? db.prepare(PAUSE_THREADS).bind(campaignId, ts)
      : action === "resume"
        ? db.prepare(RESUME_THREADS).bind(campaignId, now, ts)
        : db.prepare(STOP_THREADS).bind(campaignId, ts);
  const [, updated] = await db.batch([db.prepare(SET_CAMPAIGN_STATUS).bind(campaignId, TARGET[action], ts), threads]);
  return { campaign_id: campaignId, status: TARGET[action], threads_updated: updated?.meta.changes ?? 0 };
}
