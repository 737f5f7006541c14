import type { HumanIntent } from "./inbound-verdict.ts";

/** One weighted cue of a human intent, against folded text. */
export interface IntentCue {
  readonly intent: HumanIntent;
  readonly weight: number;
  readonly pattern: RegExp;
}

/**
 * Cues of the offline intent scorer, in the order they are applied. Each
 * match is blanked out before later cues run, so "not interested" counts
 * for not_interested and can never count again as "interested"; negative
 * and spam cues therefore come first.
 */
export const INTENT_CUES: readonly IntentCue[] = [
  // not_interested
  { intent: "not_interested", weight: 3, pattern: /\b(not|no longer|nicht|kein|pas|no estamos|no estoy|no) (really |currently |at all )?(interested|interest|interessiert|interesse|interesses?|interesad[oa]s?)\b/g },
  { intent: "not_interested", weight: 3, pattern: /\bno (thanks|thank you|gracias)\b|\bnein,? danke\b|\bnon merci\b|\bkein bedarf\b|\bpas besoin\b|\bno nos interesa\b|\bno me interesa\b|\bca ne (nous|m') ?interesse pas\b/g },
  { intent: "not_interested", weight: 2, pattern: /\bnot (a (good )?fit|relevant|a priority|for us|the right time)\b|\b(we're|we are) (all )?set\b|\bwe('ll| will) pass\b|\bnicht relevant\b|\bkein thema\b|\bpas pertinent\b|\bno es relevante\b/g },
  { intent: "not_interested", weight: 2, pattern: /\b(already|bereits|schon|deja|ya) (have|use|work with|using|a provider|haben|nutzen|arbeiten mit|utilisons|avons|tenemos|usamos|trabajamos con)\b/g },
  { intent: "not_interested", weight: 1, pattern: /\b(please )?don't follow up\b|\bno need to follow up\b/g },
  // spam: bulk pitches sent to our reply address
  { intent: "spam", weight: 3, pattern: /\b(crypto|bitcoin|forex|casino|viagra|cialis|lottery|you have won|wire transfer|western union|inheritance|payday loan|investment opportunity)\b/g },
  { intent: "spam", weight: 2, pattern: /\b(seo services|guest post|backlinks?|rank (your site |you )?(on|higher on) google|increase your (traffic|sales) by|first page of google|web design services|app development services|dear (sir|madam|sir\/madam))\b/g },
  { intent: "spam", weight: 1, pattern: /\b(click here|limited time offer|act now|buy now|100% free|risk[- ]free)\b/g },
  // partnership
  { intent: "partnership", weight: 3, pattern: /\b(partnership|partner program|reseller|resell|white[- ]label|affiliate|co-marketing|referral (partner|agreement|program)|integration partner|partnerschaft|kooperation|partenariat|alianza|asociacion estrategica|colaboracion)\b/g },
  { intent: "partnership", weight: 2, pattern: /\b(partner with|work together|collaborate|collaboration|joint (offering|venture)|zusammenarbeit|zusammenarbeiten|travailler ensemble|trabajar juntos)\b/g },
  // info_request
  { intent: "info_request", weight: 2, pattern: /\b(how much|pricing|price list|prices?|cost|costs|quote|preise?|kosten|angebot|tarifs?|prix|precio|precios|cuanto cuesta)\b/g },
  { intent: "info_request", weight: 2, pattern: /\b(more (info|information|details)|send (me|us|over) (some |more )?(info|information|details|a deck|the deck|a brochure|case studies)|case stud(y|ies)|brochure|one-pager|mehr (infos?|informationen)|unterlagen|plus d'informations|plus de details|mas informacion|mas detalles)\b/g },
  { intent: "info_request", weight: 1, pattern: /\b(how does|does it|do you (support|integrate|offer)|can it|what is|what are|which|wie funktioniert|gibt es|comment fonctionne|est-ce que|como funciona)\b/g },
  { intent: "info_request", weight: 1, pattern: /\?/g },
  // interested
  { intent: "interested", weight: 3, pattern: /\b(interested|interessiert|interesse|interesses?|interesad[oa]s?|me interesa|nos interesa|ca m'interesse)\b/g },
  { intent: "interested", weight: 2, pattern: /\b(let's (talk|chat|connect|set up|schedule|find a time|do it)|happy to (chat|talk|connect|take a look)|would love to|sounds (good|great|interesting)|tell me more|count me in|keen to|klingt (gut|interessant|spannend)|gerne|gern|volontiers|avec plaisir|con gusto|suena (bien|interesante))\b/g },
  { intent: "interested", weight: 2, pattern: /\b(book a (call|meeting|demo)|schedule a (call|meeting|demo)|set up a (call|meeting|demo)|send (me )?(a |your )?calendar (link|invite)|when are you (free|available)|what times? (work|suit)|are you (free|available))\b/g },
  { intent: "interested", weight: 1, pattern: /^(yes|yes please|sure|ja|oui|si)\b/g },
];
