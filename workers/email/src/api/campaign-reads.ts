import { ApiError } from "@agentic-sales/shared/http";
import { StoredCampaignSettings } from "../campaign/settings.ts";
import { SELECT_CAMPAIGN, SELECT_CAMPAIGN_THREAD, THREADS_BY_ID } from "./sql.ts";

interface CampaignRow {
  campaign_id: string;
  name: string;
  status: "active" | "paused" | "stopped";
  settings: string;
  created_at: string;
  updated_at: string;
  mailbox_id: string;
  address: string;
  display_name: string | null;
  daily_cap: number;
  timezone: string;
}

/** A campaign as the API shows it. */
export type CampaignView = ReturnType<typeof campaignView>;

/**
 * Maps a `SELECT_CAMPAIGN` row to the API shape (settings JSON parsed with its schema).
 *
 * @example
 * campaignView(row).settings.max_touches; // 4
 */
export function campaignView(row: CampaignRow) {
  const stored = StoredCampaignSettings.parse(JSON.parse(row.settings));
  return {
    campaign_id: row.campaign_id,
    name: row.name,
    status: row.status,
    mailbox: { mailbox_id: row.mailbox_id, address: row.address, display_name: row.display_name, daily_cap: row.daily_cap, timezone: row.timezone },
    settings: stored.settings,
    sender: stored.sender,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/**
 * The campaign, or a 404 naming it.
 *
 * @example
 * const campaign = await campaignOr404(env.DB, "cmp_…");
 */
export async function campaignOr404(db: D1Database, campaignId: string): Promise<CampaignView> {
  const row = await db.prepare(SELECT_CAMPAIGN).bind(campaignId).first<CampaignRow>();
  if (!row) throw new ApiError(404, "campaign_not_found", `No campaign "${campaignId.slice(0, 80)}". Create one with POST /campaigns.`);
  return campaignView(row);
}

/** A `campaign_threads` row with the contact's address, as the API shows it. */
export interface ThreadView {
  thread_id: string;
  contact_id: string;
  email: string;
  status: string;
  step: number;
  /** Next resume instant (ms), null unless waiting. */
  wake_at: number | null;
  stop_reason: string | null;
  failures: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * One thread of a campaign, or a 404 (a thread of another campaign is not found here either).
 *
 * @example
 * await campaignThreadOr404(env.DB, "cmp_…", threadId); // { thread_id, status: "waiting", step: 1, wake_at, … }
 */
export async function campaignThreadOr404(db: D1Database, campaignId: string, threadId: string): Promise<ThreadView> {
  const row = await db.prepare(SELECT_CAMPAIGN_THREAD).bind(campaignId, threadId).first<ThreadView>();
  if (!row) throw new ApiError(404, "thread_not_found", `Campaign "${campaignId.slice(0, 80)}" has no thread "${threadId.slice(0, 80)}".`);
  return row;
}

/**
 * Thread rows by id, in the order asked.
 *
 * @example
 * await threadsById(env.DB, [a, b]); // [rowOfA, rowOfB]
 */
export async function threadsById(db: D1Database, threadIds: readonly string[]): Promise<ThreadView[]> {
  const { results } = await db.prepare(THREADS_BY_ID).bind(JSON.stringify(threadIds)).all<ThreadView>();
  const byId = new Map(results.map((r) => [r.thread_id, r]));
  return threadIds.flatMap((id) => byId.get(id) ?? []);
}
