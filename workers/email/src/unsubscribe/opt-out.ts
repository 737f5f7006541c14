import { INSERT_EVENT } from "../stores/sql.ts";
import { INSERT_DNC_ADDRESS, MARK_UNSUBSCRIBED, STOP_CONTACT_THREADS, THREAD_CONTACT } from "./unsubscribe-sql.ts";

/** A campaign thread with the address it writes to. */
export interface ThreadContact {
  readonly thread_id: string;
  readonly campaign_id: string;
  readonly contact_id: string;
  readonly status: string;
  readonly email: string;
}

/** How the person opted out: the one-click POST, a reply, or a provider event. */
export type OptOutSource = "one_click" | "reply" | "webhook";

export interface OptOut {
  /** `outcome_events.event_id`: makes a repeated opt-out land once. */
  readonly eventId: string;
  readonly source: OptOutSource;
  /** Clock (ms): when the opt-out was recorded. */
  readonly now: number;
  /** When it happened, if it is known to be earlier (a provider event); default `now`. */
  readonly occurredAt?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * The thread and its contact's address, or null when the thread is gone.
 *
 * @example
 * const thread = await threadContact(env.DB, threadId);
 */
export function threadContact(db: D1Database, threadId: string): Promise<ThreadContact | null> {
  return db.prepare(THREAD_CONTACT).bind(threadId).first<ThreadContact>();
}

/**
 * The writes of an opt-out, for one `db.batch` (atomic: all or nothing): the
 * `unsubscribed` outcome event first (its `changes` tells a new opt-out from
 * a repeat), the do-not-contact address row, the contact's status, and every
 * unfinished thread of the contact stopped. Callers may add their own
 * statements to the same batch.
 *
 * @example
 * const [event] = await db.batch(optOutStatements(db, thread, { eventId: `unsubscribe:${token}`, source: "one_click", now }));
 * event.meta.changes; // 1 the first time, 0 after
 */
export function optOutStatements(db: D1Database, t: ThreadContact, o: OptOut): D1PreparedStatement[] {
  const at = new Date(o.now).toISOString();
  const data = JSON.stringify({ ...o.data, source: o.source });
  return [
    db.prepare(INSERT_EVENT).bind(o.eventId, t.thread_id, t.campaign_id, t.contact_id, "unsubscribed", null, o.occurredAt ?? at, data, at),
    db.prepare(INSERT_DNC_ADDRESS).bind(t.email, `unsubscribed via ${o.source.replace("_", "-")} (campaign ${t.campaign_id})`, at),
    db.prepare(MARK_UNSUBSCRIBED).bind(t.contact_id, at),
    db.prepare(STOP_CONTACT_THREADS).bind(t.contact_id, at),
  ];
}

/**
 * Records an opt-out at once; true when it was new.
 *
 * @example
 * await optOut(env.DB, thread, { eventId: `unsubscribe:${token}`, source: "one_click", now: Date.now() }); // true
 */
export async function optOut(db: D1Database, t: ThreadContact, o: OptOut): Promise<boolean> {
  const [event] = await db.batch(optOutStatements(db, t, o));
  return (event?.meta.changes ?? 0) > 0;
}
