import { firstPhrase, type Phrase } from "./phrase-rule.ts";

// Calendar responses and invitations as Google, Outlook and Apple title them (folded).
// "Declined:" / "Abgelehnt:" are deliberately absent: a decline is a person's
// answer for the model to read, not a booked meeting.
const ACCEPTED_SUBJECT = /^\s*(accepted|tentatively accepted|angenommen|mit vorbehalt angenommen|accepte|aceptado|aceptada|accettato)\s*:/;
const INVITE_SUBJECT = /^\s*(invitation|updated invitation|einladung|aktualisierte einladung|invitacion|invitation mise a jour|new event|meeting request)\s*:/;

// iCalendar (RFC 5545) in the body: an invitation, or a reply whose
// attendee accepted. A PARTSTAT of DECLINED is not a meeting.
const ICS_REQUEST = /^method:request\s*$/m;
const ICS_ACCEPTED_REPLY = /^method:reply\s*$/m;
const ICS_ACCEPTED = /partstat=(accepted|tentative)\b/;

/** A person confirming a booked time, in their own words (folded text). */
export const MEETING_PHRASES: readonly Phrase[] = [
  { lang: "en", pattern: /\b(i've|i have|we've|we have|i|we|just) (booked|scheduled|reserved|grabbed|picked) (a|an|the|some)? ?(time|slot|meeting|call|demo|spot|session)\b/ },
  { lang: "en", pattern: /\b(meeting|call|demo|appointment|time) (is |has been )?(confirmed|booked|scheduled)\b/ },
  { lang: "en", pattern: /\b(i've|i have|i) (accepted|sent (you )?) ?(the|your|an?) ?(calendar )?(invite|invitation)\b|\binvite (accepted|sent)\b/ },
  { lang: "en", pattern: /\bsee you (then|on (monday|tuesday|wednesday|thursday|friday)|(monday|tuesday|wednesday|thursday|friday|tomorrow)|next (week|monday|tuesday|wednesday|thursday|friday))\b/ },
  { lang: "de", pattern: /\btermin (ist |wurde )?(bestatigt|gebucht|eingetragen|steht)\b|\beinladung angenommen\b/ },
  { lang: "de", pattern: /\b(habe|haben) (einen|den|ihren|unseren) termin (gebucht|reserviert|bestatigt|angenommen|eingetragen)\b/ },
  { lang: "fr", pattern: /\brendez-vous (est |a ete )?(confirme|reserve|fixe|pris)\b|\binvitation acceptee\b/ },
  { lang: "fr", pattern: /\bj'ai (reserve|accepte|confirme|pris) (un|le|votre|l')? ?(creneau|rendez-vous|invitation|appel|reunion)\b/ },
  { lang: "es", pattern: /\b(reunion|llamada|cita|demo) (esta |ha sido |queda )?(confirmada|agendada|reservada|programada)\b/ },
  { lang: "es", pattern: /\b(he|hemos) (reservado|agendado|aceptado|confirmado) (una|la|el|un)? ?(reunion|llamada|cita|invitacion|hora|demo)\b/ },
];

/**
 * Why a message reads as a booked meeting (folded subject, own text and
 * content type), or null: an "Accepted:" calendar response, an invitation
 * (subject or iCalendar METHOD:REQUEST), or a person confirming a time.
 *
 * @example
 * meetingConfirmation("accepted: intro call @ tue 1 dec", "", "") // { kind: "calendar_response", match: "accepted" }
 * meetingConfirmation("re: intro", "great, i've booked a slot for thursday", "") // { kind: "confirmation", match: "i've booked a slot" }
 */
export function meetingConfirmation(
  foldedSubject: string,
  foldedText: string,
  contentType: string,
): { kind: "calendar_response" | "invitation" | "confirmation"; match: string } | null {
  const accepted = ACCEPTED_SUBJECT.exec(foldedSubject);
  if (accepted) return { kind: "calendar_response", match: accepted[1]! };
  const ct = contentType.toLowerCase();
  if (ct.includes("text/calendar") && /method\s*=\s*"?request/.test(ct)) return { kind: "invitation", match: "text/calendar; method=REQUEST" };
  if (foldedText.includes("begin:vcalendar")) {
    if (ICS_REQUEST.test(foldedText)) return { kind: "invitation", match: "iCalendar METHOD:REQUEST" };
    if (ICS_ACCEPTED_REPLY.test(foldedText) && ICS_ACCEPTED.test(foldedText)) return { kind: "calendar_response", match: "iCalendar PARTSTAT=ACCEPTED" };
  }
  const invite = INVITE_SUBJECT.exec(foldedSubject);
  if (invite) return { kind: "invitation", match: invite[1]! };
  const phrase = firstPhrase(MEETING_PHRASES, foldedText);
  return phrase ? { kind: "confirmation", match: phrase.match } : null;
}
