import { describe, expect, it } from "vitest";
import { cardFieldOf, cardKindOf, EXPLICIT, GUESSED, type MarkupAttributes } from "./card-markup.ts";

const el = (over: Partial<MarkupAttributes>): MarkupAttributes => ({ tagName: "div", className: null, itemtype: null, itemprop: null, ...over });

describe("cardKindOf", () => {
  it.each<{ attrs: MarkupAttributes; kind: string | null }>([
    { attrs: el({ className: "h-card" }), kind: "h-card" },
    { attrs: el({ className: "vcard author" }), kind: "h-card" },
    { attrs: el({ itemtype: "https://schema.org/Person" }), kind: "microdata" },
    { attrs: el({ itemtype: "http://schema.org/Organization" }), kind: null },
    { attrs: el({ className: "col-4 team-member" }), kind: "team-card" },
    // BEM and page-builder spellings.
    { attrs: el({ className: "c-team__member" }), kind: "team-card" },
    { attrs: el({ className: "elementor-team-card" }), kind: "team-card" },
    { attrs: el({ className: "mitarbeiter-karte" }), kind: "team-card" },
    { attrs: el({ className: "team-grid" }), kind: null },
    { attrs: el({}), kind: null },
  ])("$attrs.className $attrs.itemtype → $kind", ({ attrs, kind }) => expect(cardKindOf(attrs)).toBe(kind));
});

describe("cardFieldOf", () => {
  it.each<{ kind: "h-card" | "microdata" | "team-card"; attrs: MarkupAttributes; field: { field: string; priority: number } | null }>([
    { kind: "h-card", attrs: el({ className: "p-name" }), field: { field: "name", priority: EXPLICIT } },
    { kind: "h-card", attrs: el({ className: "fn" }), field: { field: "name", priority: EXPLICIT } },
    { kind: "h-card", attrs: el({ className: "p-given-name" }), field: { field: "given", priority: EXPLICIT } },
    { kind: "h-card", attrs: el({ className: "p-job-title" }), field: { field: "title", priority: EXPLICIT } },
    { kind: "h-card", attrs: el({ className: "u-email" }), field: { field: "email", priority: EXPLICIT } },
    // Headings do not name an h-card: microformats say where the name is.
    { kind: "h-card", attrs: el({ tagName: "h3" }), field: null },
    { kind: "microdata", attrs: el({ itemprop: "jobTitle" }), field: { field: "title", priority: EXPLICIT } },
    { kind: "microdata", attrs: el({ itemprop: "familyName" }), field: { field: "family", priority: EXPLICIT } },
    { kind: "team-card", attrs: el({ className: "member-name" }), field: { field: "name", priority: EXPLICIT } },
    { kind: "team-card", attrs: el({ className: "position" }), field: { field: "title", priority: EXPLICIT } },
    { kind: "team-card", attrs: el({ className: "job-title" }), field: { field: "title", priority: EXPLICIT } },
    { kind: "team-card", attrs: el({ tagName: "h3" }), field: { field: "name", priority: GUESSED } },
    { kind: "team-card", attrs: el({ tagName: "strong" }), field: { field: "name", priority: GUESSED } },
    // "username" is not a person's name.
    { kind: "team-card", attrs: el({ className: "username" }), field: null },
    { kind: "team-card", attrs: el({ tagName: "p" }), field: null },
  ])("$kind $attrs.tagName.$attrs.className [$attrs.itemprop]", ({ kind, attrs, field }) => expect(cardFieldOf(kind, attrs)).toEqual(field));
});
