import { CLASSIFY_MAX_HEADER_VALUE, CLASSIFY_MAX_HEADERS, CLASSIFY_MAX_LINE, CLASSIFY_MAX_TEXT_BYTES } from "./limits.ts";
import type { ParsedMail } from "./parse-message.ts";

/** The input of `inbound_classify` (its contract lives in the classify worker; no worker imports another). */
export interface InboundClassifyInput {
  readonly headers: Record<string, string>;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly received_at: string;
}

const FIELD_NAME = /^[!-9;-~]{1,76}$/;
// Trace and signature headers say nothing about intent and would crowd out
// the ones that do (Auto-Submitted, Content-Type, X-Autoreply, …) under the
// 200-header cap.
const NOISE = /^(received|dkim-signature|arc-.*|x-google-.*|x-gm-.*|authentication-results|received-spf|x-received|x-ms-exchange-.*-(?:id|time)|domainkey-signature)$/;

const encoder = new TextEncoder();

/**
 * The longest prefix of `text` within `maxBytes` of UTF-8, cut between characters.
 *
 * @example
 * truncateUtf8("Grüße", 3); // "Gr" (the ü takes two bytes)
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let bytes = 0;
  let out = "";
  for (const ch of text) {
    bytes += encoder.encode(ch).byteLength;
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}

/**
 * A parsed message as `inbound_classify` takes it, within its contract's
 * limits: lower-case header names that are valid RFC 5322 field names, the
 * first occurrence of each, trace and signature headers left out, at most
 * 200 headers of at most 8 KiB; From and Subject within 998 characters; the
 * text within 100 KiB of UTF-8. `received_at` is when we received it, which
 * is what a relative return date ("back on Monday") is read against.
 *
 * @example
 * classifyInputOf(mail, "2026-11-24T15:00:00.000Z"); // { headers: { "content-type": "text/plain", … }, from: "Ada <ada@example.com>", subject, text, received_at }
 */
export function classifyInputOf(mail: ParsedMail, receivedAt: string): InboundClassifyInput {
  const headers: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of mail.headers) {
    if (count >= CLASSIFY_MAX_HEADERS) break;
    if (!FIELD_NAME.test(name) || NOISE.test(name)) continue;
    headers[name] = value.slice(0, CLASSIFY_MAX_HEADER_VALUE);
    count++;
  }
  return {
    headers,
    from: (mail.fromHeader || mail.fromAddress || "").slice(0, CLASSIFY_MAX_LINE),
    subject: mail.subject.slice(0, CLASSIFY_MAX_LINE),
    text: truncateUtf8(mail.text, CLASSIFY_MAX_TEXT_BYTES),
    received_at: receivedAt,
  };
}
