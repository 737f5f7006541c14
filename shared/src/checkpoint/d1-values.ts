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

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A serialized value as D1Saver binds it: JSON as TEXT, anything else as a
 * BLOB. D1 carries a BLOB parameter or column as a JSON array of numbers (4
 * to 5 characters a byte, each validated, on the way in and out) but TEXT as
 * one string, so JSON costs far less as TEXT; the bytes stored are the same
 * (TEXT is UTF-8). Bytes that are not valid UTF-8 stay a BLOB.
 */
export function storable(type: string, bytes: Uint8Array): Uint8Array | string {
  if (type !== "json") return bytes;
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes;
  }
}

/**
 * Decodes a stored value: JSON stored as TEXT goes to the serializer as the
 * string it is (the serializer protocol takes strings), the rest as bytes.
 */
export const loadStored = (serde: { loadsTyped(type: string, data: Uint8Array | string): Promise<unknown> }, type: string, value: D1Blob): Promise<unknown> =>
  serde.loadsTyped(type, typeof value === "string" && type === "json" ? value : toBytes(value));

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
