// Encoding primitives of an RFC 5322 / MIME message: pure, no I/O.

const encoder = new TextEncoder();

/** True when every character is 7-bit ASCII. */
export const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

/**
 * Standard base64 of bytes (chunked so a large body cannot overflow the call stack).
 *
 * @example
 * base64Of(new TextEncoder().encode("hi")); // "aGk="
 */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * base64url (RFC 4648 §5) of a string's UTF-8 bytes, as the Gmail API's `raw`
 * field wants it. Padding is kept, as in Google's own samples.
 *
 * @example
 * base64UrlOf("a?b>"); // "YT9iPg=="
 */
export const base64UrlOf = (text: string): string => base64Of(encoder.encode(text)).replace(/\+/g, "-").replace(/\//g, "_");

/**
 * base64 cut into CRLF-separated lines of `width` (RFC 2045 §6.8: at most 76).
 *
 * @example
 * wrapBase64("QUJD".repeat(30)).split("\r\n")[0].length; // 76
 */
export function wrapBase64(b64: string, width = 76): string {
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return lines.join("\r\n");
}

// "=?UTF-8?B?" + 60 base64 chars + "?=" = 72 ≤ 75 (RFC 2047 §2); 60 chars = 45 bytes.
const WORD_BYTES = 45;

/**
 * RFC 2047 B-encoded words of UTF-8 text, split between characters (never
 * inside one) so each word stays within 75 characters.
 *
 * @example
 * encodedWords("Grüße"); // ["=?UTF-8?B?R3LDvMOfZQ==?="]
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length) words.push(`=?UTF-8?B?${base64Of(Uint8Array.from(chunk))}?=`);
    chunk = [];
  };
  for (const ch of text) {
    const bytes = encoder.encode(ch);
    if (chunk.length + bytes.length > WORD_BYTES) flush();
    chunk.push(...bytes);
  }
  flush();
  return words;
}

/**
 * An unstructured header value (Subject): ASCII as is, anything else as
 * encoded words folded onto continuation lines (CRLF + space).
 *
 * @example
 * headerText("Quick question"); // "Quick question"
 * headerText("Café?");          // "=?UTF-8?B?Q2Fmw6k/?="
 */
export const headerText = (value: string): string => (isAscii(value) ? value : encodedWords(value).join("\r\n "));

const ADDRESS = /^[^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+$/;

/**
 * A mailbox for From/To: `"Display Name" <addr>` (the name quoted, or
 * encoded when not ASCII) or the bare address. Throws on an address that
 * could smuggle another header or recipient.
 *
 * @example
 * formatAddress({ address: "sam@acme.example", name: "Sam \"S\" Seller" }); // "\"Sam \\\"S\\\" Seller\" <sam@acme.example>"
 */
export function formatAddress(m: { readonly address: string; readonly name?: string | null }): string {
  if (!ADDRESS.test(m.address)) throw new Error(`rfc2822: "${m.address.slice(0, 80)}" is not a plain email address.`);
  const name = m.name?.replace(/[\r\n]+/g, " ").trim();
  if (!name) return m.address;
  const display = isAscii(name) ? `"${name.replace(/(["\\])/g, "\\$1")}"` : encodedWords(name).join(" ");
  return `${display} <${m.address}>`;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/**
 * An RFC 5322 §3.3 date-time in UTC.
 *
 * @example
 * rfc5322Date("2026-11-24T15:00:00.000Z"); // "Tue, 24 Nov 2026 15:00:00 +0000"
 */
export function rfc5322Date(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`rfc2822: date "${iso.slice(0, 40)}" is not an ISO 8601 instant.`);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}
