import { FLAG_CONTACT, INSERT_EVENT } from "../stores/sql.ts";
import { optOutStatements, type ThreadContact } from "../unsubscribe/opt-out.ts";
import type { InboundOutcome } from "./inbound-outcome.ts";
import { INBOUND_EXISTS, INSERT_INBOUND } from "./inbound-sql.ts";

/** Why a message is unmatched or unclassified (`inbound_messages.reason`). */
export type InboundReason = "no_token" | "forged_token" | "unknown_thread" | "malformed_mime" | "oversized" | "classify_failed";

/** One `inbound_messages` row and what it records. */
export interface InboundRecord {
  readonly messageId: string;
  /** The thread the signed token named, or null (unmatched). */
  readonly thread: ThreadContact | null;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly subject: string | null;
  readonly text: string | null;
  readonly label: string | null;
  readonly confidence: number | null;
  readonly returnDate: string | null;
  readonly stage: string | null;
  readonly reason: InboundReason | null;
  readonly rawSize: number;
  /** Receipt time (ms). */
  readonly now: number;
  readonly outcome: InboundOutcome | null;
  /** Extra outcome-event data (polarity, classifier provenance). */
  readonly eventData: Readonly<Record<string, unknown>>;
}

/**
 * True when a message with this key was stored before.
 *
 * @example
 * if (await inboundExists(env.DB, "<abc@mail.example.com>")) return { status: "duplicate" };
 */
export async function inboundExists(db: D1Database, messageId: string): Promise<boolean> {
  return (await db.prepare(INBOUND_EXISTS).bind(messageId).first()) !== null;
}

/**
 * Stores the message and everything it implies in ONE batch (atomic: nothing
 * half-written): the inbound row, then on a matched thread its outcome event
 * (`inbound:<message id>`, so a redelivery lands once) and the contact's
 * consequence — an unsubscribe is the full opt-out, a bounce flags the
 * contact. True when the row is new.
 *
 * @example
 * const stored = await storeInbound(env.DB, record);
 */
export async function storeInbound(db: D1Database, r: InboundRecord): Promise<boolean> {
  const at = new Date(r.now).toISOString();
  const t = r.thread;
  const statements: D1PreparedStatement[] = [
    db
      .prepare(INSERT_INBOUND)
      .bind(r.messageId, t?.thread_id ?? null, t?.contact_id ?? null, r.fromAddress, r.subject, r.text, r.label, r.confidence, r.returnDate, at, r.toAddress, t ? "matched" : "unmatched", r.reason, r.stage, r.rawSize),
  ];
  if (t && r.outcome) {
    const eventId = `inbound:${r.messageId}`;
    const data = { source: "inbound", message_id: r.messageId, ...r.outcome.data, ...r.eventData };
    if (r.outcome.contact === "opt_out") statements.push(...optOutStatements(db, t, { eventId, source: "reply", now: r.now, data }));
    else {
      statements.push(db.prepare(INSERT_EVENT).bind(eventId, t.thread_id, t.campaign_id, t.contact_id, r.outcome.kind, r.outcome.label, at, JSON.stringify(data), at));
      if (r.outcome.contact === "flag_bounced") statements.push(db.prepare(FLAG_CONTACT).bind(t.contact_id, "bounced", at));
    }
  }
  const [row] = await db.batch(statements);
  return (row?.meta.changes ?? 0) > 0;
}
