import { foldMessage } from "./fold-message.ts";

// Reply and forward prefixes across clients and languages: Re, AW/Antw (de),
// WG (de forward), Fwd/Fw, TR (fr), RV/RE (es), R (it), SV/VS (nordic), Réf.
const REPLY_TOKEN = /^(re|aw|antw|antwort|wg|fw|fwd|tr|rv|r|res|sv|vs|ref|odp|enc)$/;
// Prefixes a mail system puts before the subject of the message it answers
// (out-of-office, calendar responses, bounces): what follows is ours too.
const DERIVED_TOKEN =
  /^(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|abwesenheitsnotiz|automatische antwort|reponse automatique|respuesta automatica|risposta automatica|accepted|declined|tentative|tentatively accepted|angenommen|abgelehnt|mit vorbehalt angenommen|accepte|refuse|aceptado|aceptada|rechazado|invitation|updated invitation|einladung|invitacion|undeliverable|unzustellbar|non remis|no se puede entregar|delivery status notification( \(failure\))?|returned mail|mail delivery failed)$/;
// Up to this many "Word:" prefixes are inspected ("Automatic reply: RE: AW: …").
const MAX_PREFIXES = 4;

/**
 * The subject text its sender wrote: the subject itself for a new message,
 * "" for a reply, a forward or an automatic answer (after "Re:" or
 * "Automatic reply:" the words are ours, quoted back, and must not trigger a
 * label).
 *
 * @example
 * ownSubjectText("Re: Quick question about your vacation rentals") // ""
 * ownSubjectText("Automatic reply: Intro") // ""
 * ownSubjectText("Unsubscribe") // "Unsubscribe"
 */
export function ownSubjectText(subject: string): string {
  let rest = foldMessage(subject).trim();
  for (let n = 0; n < MAX_PREFIXES; n++) {
    const m = /^([^:]{1,40}?)\s*(\[\d+\])?\s*:\s*/.exec(rest);
    if (!m) break;
    const token = m[1]!.trim();
    if (REPLY_TOKEN.test(token) || DERIVED_TOKEN.test(token)) return "";
    rest = rest.slice(m[0].length);
  }
  return subject.trim();
}
