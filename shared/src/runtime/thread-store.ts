/** Status of a thread, as the LangGraph API reports it. */
export type ThreadStatus = "idle" | "busy" | "interrupted" | "error";

export interface ThreadRow {
  thread_id: string;
  assistant_id: string;
  metadata: Record<string, unknown>;
  status: ThreadStatus;
  created_at: string;
  updated_at: string;
}

interface RawThreadRow extends Omit<ThreadRow, "metadata"> {
  metadata: string;
}

const toRow = (raw: RawThreadRow): ThreadRow => ({ ...raw, metadata: JSON.parse(raw.metadata) as Record<string, unknown> });

const SELECT = "SELECT thread_id, assistant_id, metadata, status, created_at, updated_at FROM threads WHERE thread_id = ?";

/**
 * The `threads` table: which assistant owns a thread, its metadata, and a busy
 * lease so two runs never execute on one thread at once.
 */
export class ThreadStore {
  constructor(private readonly db: D1Database) {}

  async get(threadId: string): Promise<ThreadRow | undefined> {
    const raw = await this.db.prepare(SELECT).bind(threadId).first<RawThreadRow>();
    return raw ? toRow(raw) : undefined;
  }

  /** Inserts a thread; returns `false` (and writes nothing) if the id exists. */
  async create(threadId: string, assistantId: string, metadata: Record<string, unknown>, now = new Date()): Promise<boolean> {
    const ts = now.toISOString();
    const result = await this.db
      .prepare(
        "INSERT INTO threads (thread_id, assistant_id, metadata, status, created_at, updated_at) VALUES (?, ?, ?, 'idle', ?, ?) ON CONFLICT (thread_id) DO NOTHING",
      )
      .bind(threadId, assistantId, JSON.stringify(metadata), ts, ts)
      .run();
    return result.meta.changes === 1;
  }

  /**
   * Marks the thread busy until `leaseMs` from now. Returns `false` when another
   * run holds a lease that has not lapsed — the caller must not run.
   */
  async claim(threadId: string, leaseMs: number, now = Date.now()): Promise<boolean> {
    const result = await this.db
      .prepare(
        "UPDATE threads SET status = 'busy', lease_expires = ?, updated_at = ? WHERE thread_id = ? AND (status != 'busy' OR lease_expires < ?)",
      )
      .bind(now + leaseMs, new Date(now).toISOString(), threadId, now)
      .run();
    return result.meta.changes === 1;
  }

  /** Ends a run: records the status it left the thread in and drops the lease. */
  async release(threadId: string, status: Exclude<ThreadStatus, "busy">, now = new Date()): Promise<void> {
    await this.db
      .prepare("UPDATE threads SET status = ?, lease_expires = NULL, updated_at = ? WHERE thread_id = ?")
      .bind(status, now.toISOString(), threadId)
      .run();
  }

  /** Frees threads whose run died without releasing them (cron housekeeping). */
  async releaseLapsedLeases(now = Date.now()): Promise<number> {
    const result = await this.db
      .prepare("UPDATE threads SET status = 'error', lease_expires = NULL, updated_at = ? WHERE status = 'busy' AND lease_expires < ?")
      .bind(new Date(now).toISOString(), now)
      .run();
    return result.meta.changes;
  }
}
