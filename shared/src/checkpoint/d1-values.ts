/** A value as D1 returns a BLOB column: workerd hands BLOBs back as `number[]`. */
export type D1Blob = number[] | ArrayBuffer | Uint8Array | string | null;

/**
 * Bytes of a BLOB column as D1 returns it. The serializer needs a Uint8Array:
 * given a `number[]` it would decode the array's JSON text, not its bytes.
 */
export function toBytes(value: D1Blob): Uint8Array {
  if (value === null) return new Uint8Array();
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (typeof value === "string") return new TextEncoder().encode(value);
  return Uint8Array.from(value);
}

/** Binding `undefined` throws D1_TYPE_ERROR; SQL's missing value is NULL. */
export const bindable = (values: readonly unknown[]): unknown[] => values.map((v) => (v === undefined ? null : v));

/** Prepares `sql` bound to `params`, with `undefined` bound as NULL. */
export const statement = (db: D1Database, sql: string, params: readonly unknown[]): D1PreparedStatement =>
  db.prepare(sql).bind(...bindable(params));

/**
 * Splits `rows` so that no chunk binds more than `maxParams` parameters when
 * each row binds `columns` of them.
 */
export function chunkRows<T>(rows: readonly T[], columns: number, maxParams: number): T[][] {
  const size = Math.max(1, Math.floor(maxParams / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
