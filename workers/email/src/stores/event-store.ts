import type { InboundRow, OutcomeEventRow } from "../campaign/reply-signal.ts";
import { EVENTS_FOR_THREAD, INBOUND_FOR_THREAD, INSERT_EVENT } from "./sql.ts";

export interface OutcomeEvent extends OutcomeEventRow {
  readonly event_id: string;
  readonly occurred_at: string;
}

export interface InboundMessage extends InboundRow {
  readonly message_id: string;
  readonly from_address: string;
  readonly subject: string | null;
  readonly confidence: number | null;
  readonly received_at: string;
}

export interface NewEvent {
  readonly eventId: string;
  readonly threadId: string;
  readonly campaignId: string;
  readonly contactId: string;
  readonly kind: "sent" | "unsubscribed" | "bounced";
  readonly label: string | null;
  readonly occurredAt: number;
  readonly data: Record<string, unknown>;
}

/**
 * Outcome events and inbound messages of a thread: what `check_reply` reads,
 * and the `sent` events `record` writes (once per event id).
 *
 * @example
 * const { events, inbound } = await new EventStore(env.DB).forThread(threadId);
 */
export class EventStore {
  constructor(private readonly db: D1Database) {}

  async forThread(threadId: string): Promise<{ events: OutcomeEvent[]; inbound: InboundMessage[] }> {
    const [events, inbound] = await this.db.batch<OutcomeEvent | InboundMessage>([
      this.db.prepare(EVENTS_FOR_THREAD).bind(threadId),
      this.db.prepare(INBOUND_FOR_THREAD).bind(threadId),
    ]);
    return { events: (events?.results ?? []) as OutcomeEvent[], inbound: (inbound?.results ?? []) as InboundMessage[] };
  }

  /** Inserts an event; one with the same id already there means it was recorded, so nothing changes. */
  async record(e: NewEvent): Promise<void> {
    const at = new Date(e.occurredAt).toISOString();
    await this.db
      .prepare(INSERT_EVENT)
      .bind(e.eventId, e.threadId, e.campaignId, e.contactId, e.kind, e.label, at, JSON.stringify(e.data), at)
      .run();
  }
}
