import type { OutgoingMessage } from "../campaign/sender.ts";
import { base64Of, formatAddress, headerText, isAscii, rfc5322Date, wrapBase64 } from "./mime-encoding.ts";

export interface Rfc2822Options {
  /** `<id@domain>`; see `messageIdFor`. */
  readonly messageId: string;
}

// Written by the builder itself; a message header of the same name would duplicate it.
const GENERATED = new Set(["from", "to", "subject", "date", "message-id", "mime-version", "content-type", "content-transfer-encoding"]);
const FIELD_NAME = /^[!-9;-~]{1,76}$/;
const MESSAGE_ID = /^<[^\s<>@]+@[^\s<>@]+>$/;
// RFC 5322 §2.1.1: a line is at most 998 characters without CRLF.
const MAX_LINE = 998;

const encoder = new TextEncoder();

/**
 * The message as RFC 5322 / MIME text with CRLF line ends, ready for the Gmail
 * API's `raw` (base64url) or Graph's MIME send. Headers: From, To, Subject,
 * Date, Message-ID, then the message's own (Reply-To, List-Unsubscribe,
 * List-Unsubscribe-Post, In-Reply-To, References, X-…) in their order, then
 * the MIME headers. A body that is ASCII with short lines goes as 7bit (what
 * a person's client sends), anything else as base64 UTF-8. Throws on a line
 * break in any header value (header injection) or a header the builder owns.
 *
 * @example
 * buildRfc2822({ from: { address: "sam@acme.example", name: "Sam" }, to: "ada@example.com", subject: "Hi", text: "Hello", date: "2026-11-24T15:00:00Z", headers: {} }, { messageId: "<k.0@acme.example>" });
 * // "From: \"Sam\" <sam@acme.example>\r\nTo: ada@example.com\r\nSubject: Hi\r\nDate: Tue, 24 Nov 2026 15:00:00 +0000\r\n…\r\n\r\nHello"
 */
export function buildRfc2822(message: OutgoingMessage, options: Rfc2822Options): string {
  if (!MESSAGE_ID.test(options.messageId)) throw new Error(`rfc2822: Message-ID "${options.messageId.slice(0, 80)}" must look like <id@domain>.`);
  const lines: string[] = [];
  const add = (name: string, value: string) => {
    const line = `${name}: ${value}`;
    if (line.split("\r\n").some((l) => l.length > MAX_LINE)) throw new Error(`rfc2822: header "${name}" is longer than ${MAX_LINE} characters.`);
    lines.push(line);
  };
  const checked = (name: string, value: string) => {
    if (/[\r\n]/.test(value)) throw new Error(`rfc2822: header "${name}" contains a line break (header injection).`);
    return value;
  };

  add("From", formatAddress(message.from));
  add("To", formatAddress({ address: message.to }));
  add("Subject", headerText(checked("Subject", message.subject)));
  add("Date", rfc5322Date(message.date));
  add("Message-ID", options.messageId);
  for (const [name, value] of Object.entries(message.headers)) {
    if (!FIELD_NAME.test(name)) throw new Error(`rfc2822: "${name.slice(0, 80)}" is not a header field name.`);
    if (GENERATED.has(name.toLowerCase())) throw new Error(`rfc2822: header "${name}" is written by the builder; remove it from message.headers.`);
    // Structured headers (URLs, addresses, ids) are ASCII and stay unfolded:
    // a folded List-Unsubscribe can break DKIM (nodemailer#1654).
    add(name, isAscii(value) ? checked(name, value) : headerText(checked(name, value)));
  }
  add("MIME-Version", "1.0");
  add("Content-Type", "text/plain; charset=UTF-8");

  const body = message.text.replace(/\r\n|\r|\n/g, "\r\n");
  const plain = isAscii(body) && body.split("\r\n").every((l) => l.length <= MAX_LINE);
  add("Content-Transfer-Encoding", plain ? "7bit" : "base64");
  return `${lines.join("\r\n")}\r\n\r\n${plain ? body : wrapBase64(base64Of(encoder.encode(body)))}`;
}
