// What a checkpointer stored, per graph step, read back from its tables with
// SQL that runs on D1 (in the worker) and on better-sqlite3 (in Node) alike.

/** Runs one query and returns its rows. */
export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Table names of a saver's schema; `blobs` only for savers that store channel values apart. */
export interface Schema {
  checkpoints: string;
  writes: string;
  blobs?: string;
}

/** D1Saver (migrations/0002_checkpoints.sql). */
export const D1SAVER_SCHEMA: Schema = { checkpoints: "checkpoints", writes: "checkpoint_writes", blobs: "checkpoint_blobs" };
/** langgraph-checkpoint-cloudflare-d1 and SqliteSaver: the whole checkpoint in one row, writes apart. */
export const FLAT_SCHEMA: Schema = { checkpoints: "checkpoints", writes: "writes" };

export interface Stored {
  rows: number;
  bytes: number;
}

export interface StorageStats {
  /** Summed over the selected threads, by LangGraph step (metadata.step: -1 input, 0 start, then one per node run). */
  bySteps: Record<number, Stored>;
  /** Every row of the selected threads, by table: what bySteps must add up to. */
  tables: Record<string, Stored>;
  /** Bytes of the blobs each step introduced, by channel (savers with a blobs table). */
  blobsByStep: Record<number, Record<string, number>>;
}

/**
 * Payload bytes of a row: the sum of its columns' lengths as stored (BLOB
 * bytes, UTF-8 bytes of TEXT, digits of numbers), keys included; SQLite's own
 * page and index overhead is not counted.
 */
async function rowBytes(query: Query, table: string, alias: string): Promise<string> {
  const columns = await query(`SELECT name FROM pragma_table_info(?)`, [table]);
  if (columns.length === 0) throw new Error(`table ${table} not found`);
  return columns.map(({ name }) => `coalesce(length(CAST(${alias}."${String(name)}" AS BLOB)), 0)`).join(" + ");
}

/**
 * Rows and bytes stored per step for threads whose id is LIKE `threadLike`.
 * A step's storage is its checkpoint row, the pending writes of the task that
 * produced it (stored against the previous checkpoint), and, for D1Saver, the
 * channel blobs it introduced (those first referenced by its channel_versions).
 */
export async function storageStats(query: Query, schema: Schema, threadLike: string): Promise<StorageStats> {
  const cpBytes = await rowBytes(query, schema.checkpoints, "c");
  const wBytes = await rowBytes(query, schema.writes, "w");
  const parts = [
    `SELECT 'checkpoints' AS tbl, step, count(*) AS n, sum(bytes) AS bytes FROM cp GROUP BY step`,
    `SELECT 'writes', cp.step + 1, count(*), sum(${wBytes})
  FROM ${schema.writes} AS w
  JOIN cp ON w.thread_id = cp.thread_id AND w.checkpoint_ns = cp.checkpoint_ns AND w.checkpoint_id = cp.checkpoint_id
  GROUP BY cp.step`,
  ];
  if (schema.blobs) {
    const bBytes = await rowBytes(query, schema.blobs, "b");
    parts.push(`SELECT 'blob:' || channel, step, count(*), sum(bytes) FROM (
    SELECT min(cp.step) AS step, b.channel, ${bBytes} AS bytes
    FROM ${schema.blobs} AS b
    JOIN cp ON cp.thread_id = b.thread_id AND cp.checkpoint_ns = b.checkpoint_ns
    JOIN json_each(cp.checkpoint, '$.channel_versions') AS v ON v.key = b.channel AND CAST(v.value AS TEXT) = b.version
    GROUP BY b.thread_id, b.checkpoint_ns, b.channel, b.version
  ) GROUP BY step, channel`);
  }
  const perStep = await query(
    `WITH cp AS (
  SELECT c.thread_id, c.checkpoint_ns, c.checkpoint_id, c.checkpoint,
    CAST(json_extract(CAST(c.metadata AS TEXT), '$.step') AS INTEGER) AS step,
    ${cpBytes} AS bytes
  FROM ${schema.checkpoints} AS c WHERE c.thread_id LIKE ?
)
${parts.join("\nUNION ALL\n")}`,
    [threadLike],
  );
  const bySteps: Record<number, Stored> = {};
  const blobsByStep: Record<number, Record<string, number>> = {};
  for (const r of perStep) {
    const step = Number(r.step);
    const s = (bySteps[step] ??= { rows: 0, bytes: 0 });
    s.rows += Number(r.n);
    s.bytes += Number(r.bytes);
    const tbl = String(r.tbl);
    if (tbl.startsWith("blob:")) (blobsByStep[step] ??= {})[tbl.slice("blob:".length)] = Number(r.bytes);
  }
  const tables: Record<string, Stored> = {};
  for (const [alias, table] of [["c", schema.checkpoints], ["w", schema.writes], ["b", schema.blobs]] as const) {
    if (!table) continue;
    const [r] = await query(
      `SELECT count(*) AS n, coalesce(sum(${await rowBytes(query, table, alias)}), 0) AS bytes FROM ${table} AS ${alias} WHERE ${alias}.thread_id LIKE ?`,
      [threadLike],
    );
    tables[table] = { rows: Number(r?.n), bytes: Number(r?.bytes) };
  }
  return { bySteps, tables, blobsByStep };
}
