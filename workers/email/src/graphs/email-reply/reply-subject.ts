/** Reply prefixes mail clients add, in the languages we see most (Re, AW, SV, VS, Antw, Ref), with optional counters like "RE[2]:". */
const REPLY_PREFIXES = /^(?:\s*(?:re|aw|sv|vs|antw|ref)\s*(?:\[\d+\])?\s*:)+\s*/i;

/** Used when the inbound subject is empty, so the reply still reads as one. */
const FALLBACK_TOPIC = "your message";

/**
 * The subject line of a reply: exactly one "Re: " in front of the original
 * topic. Line breaks and control characters are folded to spaces because the
 * inbound subject is untrusted and a newline in a header is an injection.
 *
 * @example
 * replySubject("RE: Re: Pricing");   // "Re: Pricing"
 * replySubject("AW: Angebot");       // "Re: Angebot"
 * replySubject("");                  // "Re: your message"
 */
export function replySubject(inboundSubject: string): string {
  const oneLine = inboundSubject.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ").replace(/\s+/g, " ");
  const topic = oneLine.replace(REPLY_PREFIXES, "").trim();
  return `Re: ${topic || FALLBACK_TOPIC}`;
}
