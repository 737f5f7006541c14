import { trusted, type DataItem, type TrustedText } from "@agentic-sales/shared/gateway";

/** How much of the sender's own text the model sees: enough for intent, bounded in tokens. */
export const MODEL_TEXT_CHARS = 4_000;
// RFC 5322's line limit: a longer From or Subject is padding, not meaning.
const MAX_HEADER_CHARS = 998;

/** Said (as trusted text, outside the data) when the sender's text was cut. */
export const TRUNCATED_NOTICE: TrustedText = trusted`The reply text was cut after ${MODEL_TEXT_CHARS} characters.`;

/**
 * The data blocks of the model stage: the From value (display name too: "Promo
 * Team" is evidence), the subject and the sender's own text, all inbound and
 * so all untrusted (`buildMessages` normalises and escapes them into the user
 * message).
 *
 * @example
 * inboundData({ from: "Ada <ada@example.com>", subject: "Re: Intro", ownText: "What does it cost?" })
 * // [{ label: "sender", text: "Ada <ada@example.com>", trust: "untrusted" }, { label: "subject", … }, { label: "reply_text", … }]
 */
export function inboundData(message: { from: string; subject: string; ownText: string }): DataItem[] {
  return [
    { label: "sender", text: message.from.slice(0, MAX_HEADER_CHARS), trust: "untrusted" },
    { label: "subject", text: message.subject.slice(0, MAX_HEADER_CHARS), trust: "untrusted" },
    { label: "reply_text", text: message.ownText.slice(0, MODEL_TEXT_CHARS), trust: "untrusted" },
  ];
}

/**
 * Trusted notes for the user message's head: whether the text was cut.
 *
 * @example
 * inboundInstructions("short") // []
 */
export const inboundInstructions = (ownText: string): TrustedText[] => (ownText.length > MODEL_TEXT_CHARS ? [TRUNCATED_NOTICE] : []);
