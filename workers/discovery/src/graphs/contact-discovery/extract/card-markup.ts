import type { ExtractionMethod } from "./raw-person.ts";

/** Class-name fragments of team-card markup seen on company sites (themes, page builders, hand-made). */
export const TEAM_CARD_CLASSES = [
  "team-member", "team_member", "team__member", "teammember", "team-card", "team__card", "team-person", "team-profile",
  "member-card", "person-card", "people-card", "staff-member", "staff-card", "employee-card", "profile-card", "bio-card",
  "mitarbeiter", "equipo-miembro", "membre-equipe",
] as const;

/** Person fields a piece of markup can carry. */
export type CardField = "name" | "given" | "family" | "title" | "email";

export interface MarkupAttributes {
  readonly tagName: string;
  readonly className: string | null;
  readonly itemtype: string | null;
  readonly itemprop: string | null;
}

const tokensOf = (className: string | null) => (className ?? "").toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Whether an element opens a person card, and of which kind: microformats
 * (`h-card`, legacy `vcard`), microdata (`itemtype=…schema.org/Person`) or
 * team-card class names.
 *
 * @example
 * cardKindOf({ tagName: "div", className: "col team-member", itemtype: null, itemprop: null }); // "team-card"
 * cardKindOf({ tagName: "div", className: "vcard", itemtype: null, itemprop: null });             // "h-card"
 */
export function cardKindOf(el: MarkupAttributes): Exclude<ExtractionMethod, "json-ld"> | null {
  const tokens = tokensOf(el.className);
  if (tokens.includes("h-card") || tokens.includes("vcard")) return "h-card";
  if (el.itemtype && /schema\.org\/Person\s*$/i.test(el.itemtype)) return "microdata";
  if (tokens.some((t) => TEAM_CARD_CLASSES.some((c) => t.includes(c)))) return "team-card";
  return null;
}

/** Explicit markers beat guesses from headings: higher wins. */
export const EXPLICIT = 2;
export const GUESSED = 1;

const H_CARD: Readonly<Record<string, CardField>> = {
  "p-name": "name", fn: "name", "p-given-name": "given", "given-name": "given", "p-family-name": "family", "family-name": "family",
  "p-job-title": "title", title: "title", "p-role": "title", role: "title", "u-email": "email", email: "email",
};
const MICRODATA: Readonly<Record<string, CardField>> = { name: "name", givenname: "given", familyname: "family", jobtitle: "title", email: "email" };
const TEAM_TITLE = /(title|role|position|job|funktion|poste|cargo|designation)/;
const HEADINGS = new Set(["h2", "h3", "h4", "h5", "h6", "strong", "b"]);

/**
 * Which field of the enclosing card an element holds, and how sure that is.
 *
 * @example
 * cardFieldOf("h-card", { tagName: "span", className: "p-job-title", itemtype: null, itemprop: null }); // { field: "title", priority: 2 }
 * cardFieldOf("team-card", { tagName: "h3", className: null, itemtype: null, itemprop: null });         // { field: "name", priority: 1 }
 */
export function cardFieldOf(kind: Exclude<ExtractionMethod, "json-ld">, el: MarkupAttributes): { field: CardField; priority: number } | null {
  const tokens = tokensOf(el.className);
  if (kind === "h-card") {
    const field = tokens.map((t) => H_CARD[t]).find(Boolean);
    return field ? { field, priority: EXPLICIT } : null;
  }
  if (kind === "microdata") {
    const field = el.itemprop ? MICRODATA[el.itemprop.toLowerCase()] : undefined;
    return field ? { field, priority: EXPLICIT } : null;
  }
  if (tokens.some((t) => /(^|[-_])name$/.test(t))) return { field: "name", priority: EXPLICIT };
  if (tokens.some((t) => TEAM_TITLE.test(t))) return { field: "title", priority: EXPLICIT };
  if (HEADINGS.has(el.tagName.toLowerCase())) return { field: "name", priority: GUESSED };
  return null;
}
