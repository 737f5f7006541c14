import { foldMessage } from "./fold-message.ts";
import { inboundVerdict, type InboundVerdict } from "./inbound-verdict.ts";
import { meetingConfirmation } from "./meeting-rules.ts";
import { outOfOffice } from "./out-of-office-rules.ts";
import { unsubscribeRequest } from "./unsubscribe-rules.ts";

/** What the lexical rules read: the person's own words only (quoted history already stripped). */
export interface LexicalInput {
  /** The full subject: markers such as "Automatic reply:" are read from it. */
  readonly subject: string;
  /** The subject text the sender wrote ("" for a reply: after "Re:" the words are ours). */
  readonly ownSubject: string;
  /** The body with quoted history and signature removed. */
  readonly ownText: string;
  readonly contentType: string;
}

/**
 * The lexical rules, in order: an unsubscribe request (compliance first: it
 * outranks anything else the person wrote), an out-of-office answer, then a
 * booked meeting or calendar invite. null leaves the message to the model.
 *
 * @example
 * lexicalVerdict({ subject: "Re: Intro", ownSubject: "", ownText: "Please remove me from your list.", contentType: "text/plain" })
 * // { label: "unsubscribe", confidence: 0.95, reasons: ['unsubscribe phrase (en) "remove me from"'] }
 */
export function lexicalVerdict(input: LexicalInput): InboundVerdict | null {
  const subject = foldMessage(input.subject);
  const own = foldMessage([input.ownSubject, input.ownText].filter((s) => s.trim() !== "").join("\n"));

  const unsubscribe = unsubscribeRequest(own);
  if (unsubscribe) return inboundVerdict("unsubscribe", 0.95, [`unsubscribe phrase (${unsubscribe.lang}) "${unsubscribe.match}"`]);

  const ooo = outOfOffice(subject, own);
  if (ooo) return inboundVerdict("auto_reply", ooo.strength === "subject" ? 0.93 : 0.85, [`out-of-office ${ooo.strength} "${ooo.match}"`]);

  const meeting = meetingConfirmation(subject, own, input.contentType);
  if (meeting) return inboundVerdict("meeting_scheduled", meeting.kind === "confirmation" ? 0.85 : 0.92, [`${meeting.kind.replace("_", " ")} "${meeting.match}"`]);

  return null;
}
