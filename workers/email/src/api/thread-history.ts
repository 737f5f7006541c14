import { EventStore } from "../stores/event-store.ts";
import { SendLedger } from "../stores/send-ledger.ts";
import { campaignThreadOr404 } from "./campaign-reads.ts";

/**
 * `GET /campaigns/{id}/threads/{thread_id}`: the thread's row and its
 * history — send ledger rows, outcome events and inbound messages.
 *
 * @example
 * await threadHistory(env.DB, "cmp_…", threadId); // { thread: { status: "waiting", … }, ledger: [ … ], events: [ … ], inbound: [ … ] }
 */
export async function threadHistory(db: D1Database, campaignId: string, threadId: string) {
  const thread = await campaignThreadOr404(db, campaignId, threadId);
  const [ledger, { events, inbound }] = await Promise.all([new SendLedger(db).forThread(threadId), new EventStore(db).forThread(threadId)]);
  return {
    thread,
    ledger,
    events: events.map((e) => ({ ...e, data: e.data ? (JSON.parse(e.data) as unknown) : {} })),
    inbound,
  };
}
