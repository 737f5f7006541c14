import type { MemorySource } from "@agentic-sales/shared/gateway";

// SQL of the memory store (schema: migrations/0006_memory.sql). Kept beside
// the store rather than in stores/sql.ts, which belongs to the campaign engine.

// Newest first; the source filter is in SQL so a flood of one tier cannot push
// the admitted tiers past the LIMIT. `= NULL` is never true, so a missing id matches nothing.
export const RECALL_MEMORY = `
SELECT id, contact_id, company_id, thread_id, message_id, kind, fact, source, created_at
  FROM memory_items
 WHERE (contact_id = ?1 OR company_id = ?2)
   AND source IN (SELECT value FROM json_each(?3))
 ORDER BY created_at DESC, id
 LIMIT ?4`;

export const SELECT_REFLECTION = `SELECT facts FROM memory_reflections WHERE thread_id = ?1 AND message_id = ?2`;

// Guarded by the reflection row, which the same batch writes last: a retry
// (or a concurrent run) of an already-reflected message inserts nothing.
export const INSERT_MEMORY_ITEM = `
INSERT INTO memory_items (id, contact_id, company_id, thread_id, message_id, kind, fact, source, created_at)
SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
 WHERE NOT EXISTS (SELECT 1 FROM memory_reflections WHERE thread_id = ?4 AND message_id = ?5)`;

export const INSERT_REFLECTION = `
INSERT INTO memory_reflections (thread_id, message_id, facts, created_at) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (thread_id, message_id) DO NOTHING`;

/** A `memory_items` row. */
export interface MemoryRow {
  readonly id: string;
  readonly contact_id: string | null;
  readonly company_id: string | null;
  readonly thread_id: string | null;
  readonly message_id: string | null;
  readonly kind: "role_change" | "timing" | "interest" | "note";
  readonly fact: string;
  readonly source: MemorySource;
  readonly created_at: string;
}

/** One distilled fact to store. */
export interface NewFact {
  readonly fact: string;
  readonly kind: MemoryRow["kind"];
  readonly source: MemorySource;
}

/** The facts of one reflected message. */
export interface NewReflection {
  readonly threadId: string;
  readonly messageId: string;
  readonly contactId: string | null;
  readonly companyId: string | null;
  readonly facts: readonly NewFact[];
  /** The run's clock (ms). */
  readonly now: number;
}

/**
 * `memory_items`: facts about contacts and companies, by trust tier.
 *
 * @example
 * const memory = new MemoryStore(env.DB);
 * await memory.recall({ contactId: "ct_1", companyId: "co_1", sources: ["sent_email", "human_note"], limit: 8 });
 * await memory.writeReflection({ threadId, messageId, contactId, companyId, facts, now }); // { written: 2, duplicate: false }
 */
export class MemoryStore {
  constructor(private readonly db: D1Database) {}

  /** The contact's and its company's facts from `sources`, newest first. */
  async recall(q: { contactId: string | null; companyId: string | null; sources: readonly MemorySource[]; limit: number }): Promise<MemoryRow[]> {
    if (!q.contactId && !q.companyId) return [];
    const { results } = await this.db.prepare(RECALL_MEMORY).bind(q.contactId, q.companyId, JSON.stringify(q.sources), q.limit).all<MemoryRow>();
    return results;
  }

  /** Whether the message was reflected already (its facts, possibly none, are stored). */
  async isReflected(threadId: string, messageId: string): Promise<boolean> {
    return (await this.db.prepare(SELECT_REFLECTION).bind(threadId, messageId).first()) !== null;
  }

  /**
   * Stores a message's facts once: one atomic batch of guarded fact inserts,
   * then the reflection row. `duplicate` = the message had been reflected.
   */
  async writeReflection(r: NewReflection): Promise<{ written: number; duplicate: boolean }> {
    const at = new Date(r.now).toISOString();
    const facts = r.facts.map((f) =>
      this.db.prepare(INSERT_MEMORY_ITEM).bind(crypto.randomUUID(), r.contactId, r.companyId, r.threadId, r.messageId, f.kind, f.fact, f.source, at),
    );
    const results = await this.db.batch([...facts, this.db.prepare(INSERT_REFLECTION).bind(r.threadId, r.messageId, r.facts.length, at)]);
    const written = results.slice(0, -1).reduce((n, res) => n + (res.meta.changes ?? 0), 0);
    return { written, duplicate: (results.at(-1)?.meta.changes ?? 0) === 0 };
  }
}
