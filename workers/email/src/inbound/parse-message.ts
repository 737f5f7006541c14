import PostalMime, { addressParser, type Address } from "postal-mime";
import { headerBlock } from "./read-raw.ts";
import { MAX_HEADER_BLOCK_BYTES } from "./limits.ts";

/** What the pipeline needs of a parsed message. */
export interface ParsedMail {
  /** `<id@host>` as sent, or null when the message has none. */
  readonly messageId: string | null;
  /** The From address (lower case), or null. */
  readonly fromAddress: string | null;
  /** The From header as written (display name and all). */
  readonly fromHeader: string;
  readonly subject: string;
  /** The text part; an HTML-only message's text with the tags removed; "" for a header-only parse. */
  readonly text: string;
  /** Every header by lower-case name, first occurrence (the newest trace header) wins, in order. */
  readonly headers: ReadonlyMap<string, string>;
  /** Addresses of Delivered-To, To and Cc, lower case, in header order. */
  readonly deliveredTo: readonly string[];
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

export type ParseResult = { readonly ok: true; readonly mail: ParsedMail } | { readonly ok: false; readonly error: string };

// The first line of a message must be a header field (RFC 5322 §2.2), or
// what follows is not a message: postal-mime would read any bytes as a body.
const FIRST_FIELD = /^[!-9;-~]+:/;

const addresses = (list: readonly Address[] | undefined): string[] =>
  (list ?? []).flatMap((a) => (a.group ? a.group.map((m) => m.address) : [a.address ?? ""])).filter(Boolean).map((a) => a.toLowerCase());

const htmlText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/**
 * Parses a raw message with postal-mime. `headersOnly` parses just the header
 * block (an oversized message). Never throws: a message postal-mime refuses
 * (nesting or header limits) or one that does not start with a header field
 * is `{ ok: false }` with the reason.
 *
 * @example
 * const parsed = await parseMail(bytes, { headersOnly: false });
 * if (parsed.ok) parsed.mail.subject; // "Re: Quick question"
 */
export async function parseMail(bytes: Uint8Array, options: { headersOnly: boolean }): Promise<ParseResult> {
  const firstLine = new TextDecoder("latin1").decode(bytes.subarray(0, 1000)).replace(/^(\r?\n)+/, "").split(/\r?\n/)[0] ?? "";
  if (!FIRST_FIELD.test(firstLine)) return { ok: false, error: "the message does not start with a header field" };
  const input = options.headersOnly ? headerBlock(bytes, MAX_HEADER_BLOCK_BYTES) : bytes;
  if (!input) return { ok: false, error: `no end of the header block within ${MAX_HEADER_BLOCK_BYTES} bytes` };
  try {
    const email = await PostalMime.parse(input, { attachmentEncoding: "arraybuffer" });
    const headers = new Map<string, string>();
    for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value);
    const from = email.from && !email.from.group ? email.from.address : undefined;
    const deliveredTo = email.headers.filter((h) => h.key === "delivered-to").flatMap((h) => addresses(addressParser(h.value)));
    return {
      ok: true,
      mail: {
        messageId: email.messageId?.trim() || null,
        fromAddress: from ? from.toLowerCase() : null,
        fromHeader: headers.get("from") ?? "",
        subject: email.subject ?? "",
        text: options.headersOnly ? "" : (email.text ?? (email.html ? htmlText(email.html) : "")),
        headers,
        deliveredTo,
        to: addresses(email.to),
        cc: addresses(email.cc),
      },
    };
  } catch (e) {
    return { ok: false, error: `postal-mime: ${((e as Error)?.message ?? String(e)).slice(0, 200)}` };
  }
}
