import { threadContextOf, type ThreadContext, type ThreadContextRow } from "../campaign/thread-context.ts";
import { FLAG_CONTACT, SELECT_THREAD_CONTEXT, SET_THREAD_STEP, UPDATE_THREAD_ROW } from "./sql.ts";

/** Statuses of a `campaign_threads` row that nodes write (`parked` is the consumer's). */
export type ThreadRowStatus = "waiting" | "review" | "paused" | "stopped" | "done";

/** What a node writes to the thread's `campaign_threads` row. */
export interface ThreadRowUpdate {
  readonly status: ThreadRowStatus;
  readonly step: number;
  readonly wakeAt: number | null;
  readonly stopReason: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Campaign-side reads and writes of a thread's nodes: the context they act
 * on, the `campaign_threads` row the cron and the API read, and contact
 * flags. Timestamps come from the campaign clock passed in, never the wall clock.
 *
 * @example
 * const store = new CampaignStore(env.DB);
 * const ctx = await store.context("cmp_1", "ct_9");
 * await store.updateThread(threadId, { status: "waiting", step: 1, wakeAt, stopReason: null }, now);
 */
export class CampaignStore {
  constructor(private readonly db: D1Database) {}

  /** The thread's campaign, mailbox, contact and company; throws when the campaign or contact is gone. */
  async context(campaignId: string, contactId: string): Promise<ThreadContext> {
    const row = await this.db.prepare(SELECT_THREAD_CONTEXT).bind(campaignId, contactId).first<ThreadContextRow>();
    if (!row) throw new Error(`campaign: no campaign "${campaignId}" with contact "${contactId}" (deleted, or enrolled elsewhere).`);
    return threadContextOf(row);
  }

  /** Sets the row's status, step, wake time and stop reason (idempotent: it sets, never increments). */
  async updateThread(threadId: string, u: ThreadRowUpdate, now: number): Promise<void> {
    await this.db.prepare(UPDATE_THREAD_ROW).bind(threadId, u.status, u.step, u.wakeAt, u.stopReason, iso(now)).run();
  }

  /** Records the touches sent so far (set, not incremented, so a repeated `record` is harmless). */
  async setStep(threadId: string, step: number, now: number): Promise<void> {
    await this.db.prepare(SET_THREAD_STEP).bind(threadId, step, iso(now)).run();
  }

  /** Marks an active contact bounced or unsubscribed; other campaigns' guards then stop too. */
  async flagContact(contactId: string, status: "bounced" | "unsubscribed", now: number): Promise<void> {
    await this.db.prepare(FLAG_CONTACT).bind(contactId, status, iso(now)).run();
  }
}
