import { firstPhrase, type Phrase } from "./phrase-rule.ts";

// Subject prefixes mail systems put on automatic answers (folded).
const OOO_SUBJECT =
  /^\s*(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|ooo|abwesenheitsnotiz|abwesend|automatische antwort|reponse automatique|absence|absent|respuesta automatica|fuera de (la )?oficina|risposta automatica)\b/;

/**
 * Out-of-office body phrases in the present or future ("I am out", "ich bin
 * … abwesend"): "I was on vacation, sorry for the delay" is a person
 * answering, not an OOO. Gaps may contain dots: dates such as "bis zum
 * 3.12." sit inside them.
 */
export const OUT_OF_OFFICE_PHRASES: readonly Phrase[] = [
  { lang: "en", pattern: /\bthis is an? (automatic|automated|auto-generated|auto) (reply|response|message)\b/ },
  {
    lang: "en",
    pattern:
      /\b(i am|i'm|im|i will be|i'll be|i shall be)\s+(currently\s+|now\s+)?(out of (the )?office|ooo|on (annual |parental |maternity |paternity |sick |medical )?(leave|vacation|holiday|holidays|pto|sabbatical)|away (from (the|my) (office|desk)|until|through|till|on (vacation|holiday|leave|business))|out (of town )?(until|till|through))/,
  },
  { lang: "en", pattern: /\b(limited|no|intermittent) access to (my )?e-?mails?\b/ },
  { lang: "en", pattern: /\bout of (the )?office (until|till|through|from|and|with)\b/ },
  { lang: "de", pattern: /\bdies ist eine automatische (antwort|nachricht|benachrichtigung|abwesenheitsnotiz)\b|\babwesenheitsnotiz\b/ },
  {
    lang: "de",
    pattern: /\b(ich bin|bin ich|ich befinde mich)\b[^!?\n]{0,50}\b(nicht im (buro|haus)|abwesend|im urlaub|ausser haus|in elternzeit|auf (geschafts)?reise|nicht erreichbar)\b/,
  },
  { lang: "de", pattern: /\bkeinen (zugriff|zugang) auf (meine )?e-?mails\b/ },
  { lang: "fr", pattern: /\b(reponse|message) automatique\b/ },
  {
    lang: "fr",
    pattern: /\bje (suis|serai)\b[^!?\n]{0,40}\b(absente?|en conges?|en vacances|hors du bureau|en deplacement|en conge maternite|en conge parental)\b/,
  },
  { lang: "es", pattern: /\b(respuesta|mensaje) automatic[oa]\b/ },
  { lang: "es", pattern: /\b(estoy|estare|me encuentro)\b[^!?\n]{0,40}\b(fuera de (la )?oficina|de vacaciones|ausente|de viaje|de baja|de permiso)\b/ },
];

/**
 * Why a message reads as an out-of-office answer (folded subject and own
 * text), or null. A subject marker ("Automatic reply:", "Abwesenheitsnotiz")
 * is stronger evidence than a body phrase.
 *
 * @example
 * outOfOffice("abwesenheitsnotiz: intro", "") // { strength: "subject", match: "abwesenheitsnotiz" }
 * outOfOffice("re: intro", "i am currently out of the office until 3 dec") // { strength: "body", match: "i am currently out of the office" }
 */
export function outOfOffice(foldedSubject: string, foldedText: string): { strength: "subject" | "body"; match: string } | null {
  const subject = OOO_SUBJECT.exec(foldedSubject);
  if (subject) return { strength: "subject", match: subject[1]! };
  const phrase = firstPhrase(OUT_OF_OFFICE_PHRASES, foldedText);
  return phrase ? { strength: "body", match: phrase.match } : null;
}
