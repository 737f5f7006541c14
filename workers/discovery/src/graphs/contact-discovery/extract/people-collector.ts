import { decodeEntities, type HtmlScope } from "@agentic-sales/shared/web";
import { cardFieldOf, cardKindOf, type CardField } from "./card-markup.ts";
import type { ExtractionMethod, RawPerson } from "./raw-person.ts";

interface Card {
  readonly kind: Exclude<ExtractionMethod, "json-ld">;
  readonly fields: Partial<Record<CardField, { text: string; priority: number }>>;
  mailto: string | null;
}

interface Capture {
  readonly card: Card;
  readonly field: CardField;
  readonly priority: number;
  text: string;
}

/** Longest text kept for one field: a name or title, not a biography. */
const MAX_FIELD = 160;

/**
 * Collects people from person-card markup (microformats h-card/vcard,
 * schema.org Person microdata, team-card class names) while the page
 * streams past: element handlers open a card or a field scope at the start
 * tag and close it at the end tag; the document's text chunks go to every
 * open field. No DOM is built. Nested cards attach fields to the innermost.
 *
 * @example
 * const people = collectPeople(scope);
 * // after the page is read:
 * people(); // [{ name: "Ada Example", title: "CTO", email: null, method: "team-card", … }]
 */
export function collectPeople({ rewriter, onEndTag }: HtmlScope): () => RawPerson[] {
  const found: RawPerson[] = [];
  const cards: Card[] = [];
  const captures: Capture[] = [];
  const close = (card: Card) => {
    cards.splice(cards.lastIndexOf(card), 1);
    const person = toPerson(card);
    if (person) found.push(person);
  };
  rewriter
    .on("*", {
      element(el) {
        const attrs = { tagName: el.tagName, className: el.getAttribute("class"), itemtype: el.getAttribute("itemtype"), itemprop: el.getAttribute("itemprop") };
        const kind = cardKindOf(attrs);
        if (kind) {
          const card: Card = { kind, fields: {}, mailto: null };
          cards.push(card);
          return onEndTag(el, () => close(card));
        }
        const card = cards.at(-1);
        if (!card) return;
        const href = el.tagName === "a" ? el.getAttribute("href") : null;
        if (href && /^mailto:/i.test(href)) card.mailto ??= mailtoAddress(href);
        const field = cardFieldOf(card.kind, attrs);
        if (!field) return;
        if (field.field === "email" && href) return;
        const capture: Capture = { card, ...field, text: "" };
        captures.push(capture);
        onEndTag(el, () => {
          captures.splice(captures.lastIndexOf(capture), 1);
          keep(capture);
        });
      },
    })
    .onDocument({
      text(chunk) {
        for (const capture of captures) if (capture.text.length < MAX_FIELD * 2) capture.text += chunk.text;
      },
      // Malformed pages leave cards open at the end: what they hold still counts.
      end() {
        captures.splice(0).forEach(keep);
        [...cards].reverse().forEach(close);
      },
    });
  return () => found;
}

function keep({ card, field, priority, text }: Capture): void {
  const clean = decodeEntities(text).replace(/\s+/g, " ").trim().slice(0, MAX_FIELD);
  const current = card.fields[field];
  if (clean && (!current || priority > current.priority)) card.fields[field] = { text: clean, priority };
}

function toPerson(card: Card): RawPerson | null {
  const text = (f: CardField) => card.fields[f]?.text ?? null;
  const email = text("email")?.replace(/^mailto:/i, "") ?? card.mailto;
  const person = { name: text("name"), given: text("given"), family: text("family"), title: text("title"), email, method: card.kind };
  return person.name || (person.given && person.family) ? person : null;
}

const mailtoAddress = (href: string) => decodeURIComponent(href.slice(7).split("?")[0] ?? "").trim().toLowerCase() || null;
