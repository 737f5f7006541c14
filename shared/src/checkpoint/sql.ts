import { TASKS } from "@langchain/langgraph-checkpoint";

/** D1 refuses a statement with more bound parameters than this. */
export const MAX_BOUND_PARAMS = 100;

/** Columns bound per row of {@link insertWritesSql}. */
export const WRITE_COLUMNS = 9;

/**
 * Upserts one checkpoint row. Parameters: thread_id, checkpoint_ns,
 * checkpoint_id, parent_checkpoint_id, checkpoint, metadata, created_at.
 * A re-put keeps the original created_at.
 */
export const UPSERT_CHECKPOINT = `INSERT INTO checkpoints
  (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE SET
  checkpoint = excluded.checkpoint,
  metadata = excluded.metadata`;

const rowsOf = (columns: number, rows: number): string =>
  Array.from({ length: rows }, () => `(${Array(columns).fill("?").join(", ")})`).join(",\n  ");

/** A `checkpoint_blobs` row to insert (its thread and namespace are the statement's). */
export interface BlobInsert {
  channel: string;
  version: string;
  type: string;
  /** The serialized value: JSON as TEXT, else bytes (see `storable`); NULL for a cleared channel. */
  blob: Uint8Array | string | null;
  /** For a JSON list: its list hash (list-segments.ts), which a later segment's insert checks its base by. */
  listHash: string | null;
  /** For a list segment: the version whose list it extends, and that list's hash (migrations/0007). */
  base: { version: string; hash: string } | null;
}

/** Parameters a row of {@link insertBlobs} binds: channel, version, type, blob, list hash, and base version and hash for a segment. */
const blobParams = (row: BlobInsert): number => (row.base === null ? 5 : 7);

/**
 * Statements inserting `rows` of one thread namespace, each binding at most
 * `maxParams` parameters (thread_id and checkpoint_ns once, as ?1 and ?2).
 * A (channel, version) already stored keeps its value: a version names one
 * value for good. A segment's depth is its base row's plus one, read in the
 * statement from the base row holding the list it was computed against
 * (same version and list hash): NULL, a NOT NULL violation that fails the
 * batch (see {@link isMissingBaseError}), when there is no such row.
 */
export function insertBlobs(
  threadId: string,
  ns: string,
  rows: readonly BlobInsert[],
  maxParams = MAX_BOUND_PARAMS,
): (Selection & { rows: number })[] {
  const out: (Selection & { rows: number })[] = [];
  let values: string[] = [];
  let params: unknown[] = [threadId, ns];
  const flush = () => {
    out.push({
      sql: `INSERT INTO checkpoint_blobs
  (thread_id, checkpoint_ns, channel, version, type, blob, list_hash, base_version, depth)
VALUES
  ${values.join(",\n  ")}
ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING`,
      params,
      rows: values.length,
    });
    values = [];
    params = [threadId, ns];
  };
  for (const row of rows) {
    if (values.length > 0 && params.length + blobParams(row) > maxParams) flush();
    const at = params.length + 1;
    params.push(row.channel, row.version, row.type, row.blob, row.listHash);
    const head = `?1, ?2, ?${at}, ?${at + 1}, ?${at + 2}, ?${at + 3}, ?${at + 4}`;
    if (row.base === null) values.push(`(${head}, NULL, 0)`);
    else {
      params.push(row.base.version, row.base.hash);
      values.push(
        `(${head}, ?${at + 5}, (SELECT b.depth + 1 FROM checkpoint_blobs AS b WHERE b.thread_id = ?1 AND b.checkpoint_ns = ?2 ` +
          `AND b.channel = ?${at} AND b.version = ?${at + 5} AND b.list_hash = ?${at + 6}))`,
      );
    }
  }
  if (values.length > 0) flush();
  return out;
}

/** Whether a failed batch failed because a segment's base row is gone or holds another list (see {@link insertBlobs}). */
export const isMissingBaseError = (error: unknown): boolean =>
  /NOT NULL constraint failed: checkpoint_blobs\.depth/.test(String((error as Error)?.message ?? error));

/**
 * Inserts `rows` pending writes; each row binds thread_id, checkpoint_ns,
 * checkpoint_id, task_id, task_path, idx, channel, type, blob. `replace`
 * chooses INSERT OR REPLACE over INSERT OR IGNORE (see D1Saver.putWrites).
 */
export const insertWritesSql = (rows: number, replace: boolean): string => `INSERT OR ${replace ? "REPLACE" : "IGNORE"} INTO checkpoint_writes
  (thread_id, checkpoint_ns, checkpoint_id, task_id, task_path, idx, channel, type, blob)
VALUES
  ${rowsOf(WRITE_COLUMNS, rows)}`;

/** Deletes a thread from each table; each binds thread_id. */
export const DELETE_THREAD = [
  "DELETE FROM checkpoint_writes WHERE thread_id = ?",
  "DELETE FROM checkpoint_blobs WHERE thread_id = ?",
  "DELETE FROM checkpoints WHERE thread_id = ?",
] as const;

/**
 * A selection of checkpoint rows, spliced in as the `sel` CTE of every read
 * below so that one batch reads the rows and everything they reference.
 */
export interface Selection {
  sql: string;
  params: unknown[];
}

/** One checkpoint by id. Parameters: thread_id, checkpoint_ns, checkpoint_id. */
export const selectOne = (threadId: string, ns: string, checkpointId: string): Selection => ({
  sql: `SELECT * FROM checkpoints
  WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?`,
  params: [threadId, ns, checkpointId],
});

/** The newest checkpoint of a thread's namespace. */
export const selectLatest = (threadId: string, ns: string): Selection => ({
  sql: `SELECT * FROM checkpoints
  WHERE thread_id = ? AND checkpoint_ns = ?
  ORDER BY checkpoint_id DESC LIMIT 1`,
  params: [threadId, ns],
});

/**
 * Every metadata key of the filter (a JSON object bound as one parameter, so
 * any number of keys costs one parameter) must be present in the row's
 * metadata with an equal JSON value: same type (integer and real count as
 * one) and same scalar, or same minified JSON for objects and arrays.
 */
const METADATA_MATCHES_FILTER = `NOT EXISTS (
    SELECT 1 FROM json_each(?) AS f
    WHERE NOT EXISTS (
      SELECT 1 FROM json_each(cp.metadata) AS m
      WHERE m.key = f.key
        AND (m.type = f.type OR (m.type IN ('integer', 'real') AND f.type IN ('integer', 'real')))
        AND m.atom IS f.atom
        AND (m.type NOT IN ('object', 'array') OR m.value = f.value)
    )
  )`;

/** Criteria of `list()`; an undefined criterion does not restrict. */
export interface ListCriteria {
  threadId?: string;
  ns?: string;
  before?: string;
  /** JSON object of metadata key → value. */
  filterJson?: string;
  limit?: number;
}

/** Checkpoints matching `list()` criteria, newest first. At most 5 parameters. */
export const selectList = (c: ListCriteria): Selection => {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (c.threadId !== undefined) add("cp.thread_id = ?", c.threadId);
  if (c.ns !== undefined) add("cp.checkpoint_ns = ?", c.ns);
  if (c.before !== undefined) add("cp.checkpoint_id < ?", c.before);
  if (c.filterJson !== undefined) add(METADATA_MATCHES_FILTER, c.filterJson);
  let sql = `SELECT * FROM checkpoints AS cp${where.length ? `\n  WHERE ${where.join("\n    AND ")}` : ""}
  ORDER BY cp.checkpoint_id DESC`;
  if (c.limit !== undefined) {
    sql += " LIMIT ?";
    params.push(c.limit);
  }
  return { sql, params };
};

const withSel = (sel: Selection, body: string): Selection => ({
  sql: `WITH sel AS (\n  ${sel.sql}\n)\n${body}`,
  params: sel.params,
});

/** The selected checkpoint rows, newest first. */
export const readCheckpoints = (sel: Selection): Selection =>
  withSel(
    sel,
    `SELECT thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata
FROM sel
ORDER BY checkpoint_id DESC, thread_id, checkpoint_ns`,
  );

/**
 * The blob rows the selected checkpoints' channel values are made of: for
 * each channel in a checkpoint's channel_versions, the row stored at that
 * version (which an ancestor may have written) and, for a list segment, the
 * rows of its chain down to the last snapshot (base_version NULL), walked
 * with a recursive CTE. Each row once, keyed by (thread, namespace, channel,
 * version): checkpoints sharing a version share its row.
 */
export const readBlobs = (sel: Selection): Selection => ({
  sql: `WITH RECURSIVE sel AS (
  ${sel.sql}
),
chain (thread_id, checkpoint_ns, channel, version) AS (
  SELECT sel.thread_id, sel.checkpoint_ns, v.key, CAST(v.value AS TEXT)
  FROM sel JOIN json_each(sel.checkpoint, '$.channel_versions') AS v
  UNION
  SELECT bl.thread_id, bl.checkpoint_ns, bl.channel, bl.base_version
  FROM chain JOIN checkpoint_blobs AS bl
    ON bl.thread_id = chain.thread_id
   AND bl.checkpoint_ns = chain.checkpoint_ns
   AND bl.channel = chain.channel
   AND bl.version = chain.version
  WHERE bl.base_version IS NOT NULL
)
SELECT bl.thread_id, bl.checkpoint_ns, bl.channel, bl.version, bl.base_version, bl.depth, bl.list_hash, bl.type, bl.blob
FROM chain
JOIN checkpoint_blobs AS bl
  ON bl.thread_id = chain.thread_id
 AND bl.checkpoint_ns = chain.checkpoint_ns
 AND bl.channel = chain.channel
 AND bl.version = chain.version`,
  params: sel.params,
});

/** The pending writes of the selected checkpoints. */
export const readWrites = (sel: Selection): Selection =>
  withSel(
    sel,
    `SELECT w.thread_id, w.checkpoint_ns, w.checkpoint_id, w.task_id, w.task_path, w.idx, w.channel, w.type, w.blob
FROM sel
JOIN checkpoint_writes AS w
  ON w.thread_id = sel.thread_id
 AND w.checkpoint_ns = sel.checkpoint_ns
 AND w.checkpoint_id = sel.checkpoint_id`,
  );

/**
 * For selected checkpoints of format v < 4, the TASKS writes of their parent
 * (pending sends, which older formats kept on the parent), keyed by the child.
 */
export const readParentSends = (sel: Selection): Selection =>
  withSel(
    sel,
    `SELECT sel.thread_id, sel.checkpoint_ns, sel.checkpoint_id, w.task_id, w.task_path, w.idx, w.channel, w.type, w.blob
FROM sel
JOIN checkpoint_writes AS w
  ON w.thread_id = sel.thread_id
 AND w.checkpoint_ns = sel.checkpoint_ns
 AND w.checkpoint_id = sel.parent_checkpoint_id
 AND w.channel = '${TASKS}'
WHERE json_extract(sel.checkpoint, '$.v') < 4`,
  );

// ---- Retention (prune.ts) ----------------------------------------------------
// Parameters: ?1 is the cutoff (ISO 8601, as threads.updated_at and
// checkpoints.created_at are written); thread ids follow as ?2, ?3, ...

/**
 * Whether the thread `col` may be pruned: its threads row says it finished
 * ('idle' or 'error') before the cutoff, or it has no threads row (a stateless
 * run's temporary thread) and no checkpoint written since the cutoff. Threads
 * still waiting ('interrupted', 'busy') never qualify.
 */
const prunable = (col: string) => `(
    EXISTS (
      SELECT 1 FROM threads AS t
      WHERE t.thread_id = ${col} AND t.status IN ('idle', 'error') AND t.updated_at < ?1
    )
    OR (
      NOT EXISTS (SELECT 1 FROM threads AS t WHERE t.thread_id = ${col})
      AND NOT EXISTS (SELECT 1 FROM checkpoints AS n WHERE n.thread_id = ${col} AND n.created_at >= ?1)
    )
  )`;

/**
 * Up to ?2 prunable threads, found through their checkpoints older than the
 * cutoff: a thread that went idle before the cutoff wrote its checkpoints
 * before that, and pruned threads leave no rows behind to scan again. The
 * range scan is forced onto checkpoints_by_created_at (migrations/0003):
 * without statistics SQLite prefers a full scan in thread order for DISTINCT.
 * Parameters: cutoff, limit.
 */
export const SELECT_PRUNABLE_THREADS = `SELECT DISTINCT c.thread_id FROM checkpoints AS c INDEXED BY checkpoints_by_created_at
WHERE c.created_at < ?1 AND ${prunable("c.thread_id")}
LIMIT ?2`;

/** `?2, ?3, ...` for `count` thread ids after the cutoff. */
const idParams = (count: number) => Array.from({ length: count }, (_, i) => `?${i + 2}`).join(", ");

/**
 * One batch pruning `count` selected threads: how many are still prunable,
 * then their writes, blobs and (last, so the test holds throughout) their
 * checkpoints. Each statement re-checks the condition, so a thread that
 * started a run since it was selected is left alone. Each binds the cutoff and
 * the ids: `count` + 1 parameters.
 */
export const pruneThreadsSql = (count: number): string[] => {
  const ids = idParams(count);
  return [
    `SELECT count(*) AS pruned FROM (SELECT DISTINCT thread_id FROM checkpoints WHERE thread_id IN (${ids})) AS s
WHERE ${prunable("s.thread_id")}`,
    ...["checkpoint_writes", "checkpoint_blobs", "checkpoints"].map(
      (table) => `DELETE FROM ${table} WHERE thread_id IN (${ids}) AND ${prunable(`${table}.thread_id`)}`,
    ),
  ];
};
