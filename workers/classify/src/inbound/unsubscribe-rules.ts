import { firstPhrase, type Phrase } from "./phrase-rule.ts";

/**
 * Unsubscribe requests in EN/DE/FR/ES, against folded text (lower case, no
 * accents, ß → ss). They name a first-person *request* to stop, not the bare
 * word: a corporate footer saying "you can unsubscribe at any time" / "Sie
 * können sich jederzeit abmelden" must not end a conversation.
 */
export const UNSUBSCRIBE_PHRASES: readonly Phrase[] = [
  // English
  { lang: "en", pattern: /\b(please|pls|kindly|just|can you|could you|i want to|i'd like to|i would like to|i wish to|how (do|can) i)\s+(unsubscribe|opt out)\b/ },
  { lang: "en", pattern: /\bunsubscribe (me|us)\b/ },
  { lang: "en", pattern: /\b(remove|delete|take)\s+(me|us|my (e-?mail|address|details|contact))\s+(from|off)\b/ },
  { lang: "en", pattern: /\b(remove|take) (me|us) off\b|\bremove me\b/ },
  { lang: "en", pattern: /\bstop (emailing|e-mailing|mailing|contacting|messaging|writing to|sending (me|us|emails))\b/ },
  { lang: "en", pattern: /\b(do not|don't|dont|never) (email|e-mail|contact|message|write to) (me|us)\b/ },
  { lang: "en", pattern: /\bopt (me|us) out\b|\b(i|we) (want to |would like to )?opt out\b/ },
  { lang: "en", pattern: /\bno (more|further) (emails|e-mails|messages|contact)\b/ },
  // German
  { lang: "de", pattern: /\b(bitte|mich|uns)\b[^.!?\n]{0,30}\b(abmelden|austragen|abbestellen)\b/ },
  { lang: "de", pattern: /\b(melden|tragen) sie (mich|uns)\b[^.!?\n]{0,40}\b(ab|aus)\b/ },
  { lang: "de", pattern: /\b(aus|von) (ihrem|ihrer|dem|der|diesem|dieser) (verteiler|mailingliste|liste|newsletter|datenbank)\b[^.!?\n]{0,20}\b(streichen|entfernen|nehmen|loschen|austragen)\b/ },
  { lang: "de", pattern: /\b(mich|uns|meine (e-?mail|adresse|daten))\b[^.!?\n]{0,30}\b(entfernen|loschen|streichen)\b/ },
  { lang: "de", pattern: /\b(entfernen|loschen|streichen) sie (mich|uns|meine (e-?mail-?adresse|e-?mail|adresse|daten|kontaktdaten))\b/ },
  { lang: "de", pattern: /\bkeine (weiteren )?(e-?mails|mails|nachrichten|werbung|kontaktaufnahme)\b/ },
  { lang: "de", pattern: /\b(nicht mehr|nie wieder) (kontaktieren|anschreiben|anmailen|schreiben)\b|\bkontaktieren sie (mich|uns) nicht\b/ },
  // French
  { lang: "fr", pattern: /\b(me|nous) (desabonner|desinscrire)\b|\b(desabonnez|desinscrivez)[- ](moi|nous)\b/ },
  { lang: "fr", pattern: /\b(retirez|supprimez|enlevez)[- ](moi|nous)\b|\bme retirer de\b/ },
  { lang: "fr", pattern: /\bne (me|nous) (contactez|ecrivez|envoyez) plus\b|\bne plus (me |nous )?(contacter|ecrire|recevoir|envoyer)\b/ },
  { lang: "fr", pattern: /\barretez de (m'|me |nous )(ecrire|envoyer|contacter)/ },
  // Spanish
  { lang: "es", pattern: /\b(darme|darnos|denme|dadme) de baja\b|\bme (den|de) de baja\b/ },
  { lang: "es", pattern: /\b(eliminar|quitar|borrar|sacar|eliminen|quiten|borren|saquen)(me|nos)? de (su|la|vuestra|tu|esta) (lista|base de datos)\b/ },
  { lang: "es", pattern: /\bno (me|nos) (contacte(n|s)?|escriba(n|s)?|envie(n|s)?)( mas)?\b|\bno quiero recibir mas\b/ },
  { lang: "es", pattern: /\bdej(en|e|a) de (escribirme|enviarme|contactarme|escribirnos|enviarnos|contactarnos)\b/ },
  { lang: "es", pattern: /\b(quiero cancelar|cancelen|cancelar mi) (la |mi )?suscripcion\b|\bdesuscribir(me|nos)\b/ },
];

// A message that is only this (ignoring punctuation) is a request too: the
// one-word "Unsubscribe" / "STOP" reply.
const WHOLE_MESSAGE = /^(unsubscribe|unsubscribe me|stop|remove|remove me|opt out|abmelden|austragen|abbestellen|desabonner|desinscrire|desinscription|baja|de baja|darme de baja|alto)$/;

/**
 * The unsubscribe request in a person's own text (folded), or null. Decided
 * here, deterministically, and never left to the model.
 *
 * @example
 * unsubscribeRequest("bitte aus dem verteiler streichen") // { lang: "de", match: "aus dem verteiler streichen" }
 * unsubscribeRequest("unsubscribe.") // { lang: "en", match: "unsubscribe" }
 */
export function unsubscribeRequest(folded: string): { lang: Phrase["lang"]; match: string } | null {
  const bare = folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (WHOLE_MESSAGE.test(bare)) return { lang: "en", match: bare };
  return firstPhrase(UNSUBSCRIBE_PHRASES, folded);
}
