import { ApiError } from "@agentic-sales/shared/http";
import { FLAG_CONTACT, INSERT_EVENT } from "../stores/sql.ts";
import { optOutStatements, threadContact } from "../unsubscribe/opt-out.ts";
import type { OutcomeBody } from "./outcome-body.ts";
import { polarityData, type Polarity } from "./polarity.ts";

export interface RecordedOutcome {
  readonly event_id: string;
  readonly thread_id: string;
  readonly kind: OutcomeBody["kind"];
  /** False when the event id was recorded before (a repeat or late duplicate). */
  readonly recorded: boolean;
  readonly polarity: Polarity;
}

/**
 * Records one outcome of a thread, idempotent on `event_id`, in one batch
 * with its consequences for the contact: an unsubscribe is a full opt-out
 * (do-not-contact, contact status, every thread of the contact stopped), a
 * bounce flags an active contact `bounced` (its other campaigns' guards stop
 * too). Replies and bookings stop the thread through its own run (see
 * `nudgeThread`). Throws a 404 ApiError for a thread that does not exist.
 *
 * @example
 * await recordOutcome(env.DB, { event_id: "cal_1", thread_id, kind: "meeting_booked", occurred_at }, Date.now());
 * // { event_id: "cal_1", thread_id, kind: "meeting_booked", recorded: true, polarity: "positive" }
 */
export async function recordOutcome(db: D1Database, body: OutcomeBody, now: number): Promise<RecordedOutcome> {
  const thread = await threadContact(db, body.thread_id);
  if (!thread) throw new ApiError(404, "thread_not_found", `No campaign thread "${body.thread_id}".`);
  const polarity = polarityData(body.kind, body.label);
  const data = { ...body.data, ...polarity };
  const at = new Date(now).toISOString();

  const statements =
    body.kind === "unsubscribed"
      ? optOutStatements(db, thread, { eventId: body.event_id, source: "webhook", now, occurredAt: body.occurred_at, data })
      : [
          db
            .prepare(INSERT_EVENT)
            .bind(body.event_id, thread.thread_id, thread.campaign_id, thread.contact_id, body.kind, body.label ?? null, body.occurred_at, JSON.stringify(data), at),
          ...(body.kind === "bounced" ? [db.prepare(FLAG_CONTACT).bind(thread.contact_id, "bounced", at)] : []),
        ];
  const [event] = await db.batch(statements);
  return { event_id: body.event_id, thread_id: thread.thread_id, kind: body.kind, recorded: (event?.meta.changes ?? 0) > 0, polarity: polarity.polarity };
}
