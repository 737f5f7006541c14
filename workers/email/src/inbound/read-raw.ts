/** A raw message as the handlers receive it. */
export type RawMessage = ReadableStream<Uint8Array> | ArrayBuffer | Uint8Array;

export interface RawRead {
  /** At most `limit` bytes. */
  readonly bytes: Uint8Array;
  /** True when the message had more than `limit` bytes; the rest was not read. */
  readonly truncated: boolean;
}

/**
 * Reads at most `limit` bytes of a raw message; a stream is cancelled once
 * the limit is passed, so an oversized message never sits in memory whole.
 *
 * @example
 * const { bytes, truncated } = await readRaw(message.raw, MAX_PARSE_BYTES);
 */
export async function readRaw(raw: RawMessage, limit: number): Promise<RawRead> {
  if (raw instanceof ArrayBuffer || raw instanceof Uint8Array) {
    const all = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
    return { bytes: all.subarray(0, limit), truncated: all.byteLength > limit };
  }
  const reader = raw.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.byteLength - at);
    bytes.set(part, at);
    at += part.byteLength;
    if (at >= bytes.byteLength) break;
  }
  return { bytes, truncated };
}

/**
 * The header block of a message (up to and including the blank line), or
 * null when none ends within `limit` bytes.
 *
 * @example
 * headerBlock(new TextEncoder().encode("Subject: x\r\n\r\nbody"), 1024); // bytes of "Subject: x\r\n\r\n"
 */
export function headerBlock(bytes: Uint8Array, limit: number): Uint8Array | null {
  const end = Math.min(bytes.byteLength, limit);
  for (let i = 0; i + 1 < end; i++) {
    if (bytes[i] === 10 && bytes[i + 1] === 10) return bytes.subarray(0, i + 2);
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return bytes.subarray(0, i + 4);
  }
  return null;
}

/**
 * Lower-case hex SHA-256 of bytes: the key of a message without a Message-ID.
 *
 * @example
 * await sha256Hex(new Uint8Array()); // "e3b0c442…b855"
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
