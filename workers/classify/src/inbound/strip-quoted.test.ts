import { describe, expect, it } from "vitest";
import { stripQuoted } from "./strip-quoted.ts";

interface Row {
  readonly name: string;
  readonly text: string;
  readonly own: string;
}

const ROWS: readonly Row[] = [
  { name: "plain reply", text: "Yes, interested.", own: "Yes, interested." },
  { name: "Gmail attribution + quote", text: "Yes, interested.\n\nOn Mon, 23 Nov 2026 at 10:00, Sam Seller <sam@example.com> wrote:\n> Unsubscribe here.", own: "Yes, interested." },
  {
    name: "attribution wrapped over two lines",
    text: "Sounds good.\n\nOn Mon, 23 Nov 2026 at 10:00, Sam Seller <\nsam@example.com> wrote:\n> I am out of the office until Dec 4.",
    own: "Sounds good.",
  },
  { name: "German attribution", text: "Gerne.\n\nAm 23.11.2026 um 10:00 schrieb Sam Seller <sam@example.com>:\n> Bitte abmelden", own: "Gerne." },
  { name: "French attribution", text: "Avec plaisir.\n\nLe lun. 23 nov. 2026, Sam Seller <sam@example.com> a écrit :\n> texte", own: "Avec plaisir." },
  { name: "Spanish attribution", text: "Con gusto.\n\nEl lun, 23 nov 2026, Sam <sam@example.com> escribió:\n> texto", own: "Con gusto." },
  {
    // Interleaved answers survive: only the quoted lines and the attribution go.
    name: "interleaved reply",
    text: "On Mon, Sam wrote:\n> Are you the right person?\nYes, I am.\n> Is pricing a concern?\nNot really.",
    own: "Yes, I am.\nNot really.",
  },
  {
    name: "Outlook header block (unprefixed history)",
    text: "Happy to chat.\n\nFrom: Sam Seller <sam@example.com>\nSent: Monday, November 23, 2026 10:00 AM\nTo: Ada\nSubject: Intro\n\nPlease remove me if not relevant.",
    own: "Happy to chat.",
  },
  { name: "Original Message separator", text: "Not now.\n-----Original Message-----\nunsubscribe", own: "Not now." },
  { name: "German separator", text: "Nein danke.\n----- Ursprüngliche Nachricht -----\nVon: Sam", own: "Nein danke." },
  { name: "Outlook underscore rule", text: "Sure.\n________________________________\nFrom: Sam", own: "Sure." },
  { name: "signature delimiter", text: "Let's talk.\n-- \nAda Example | To unsubscribe from our newsletter click here", own: "Let's talk." },
  { name: "CRLF line endings", text: "Yes.\r\n\r\nOn Mon, Sam wrote:\r\n> hi", own: "Yes." },
  { name: "prose ending in 'wrote:' is kept", text: "Here is what our CTO wrote:\nwe need SSO first.", own: "Here is what our CTO wrote:\nwe need SSO first." },
  { name: "a line merely mentioning 'on' is kept", text: "On Monday works for me.\nThanks", own: "On Monday works for me.\nThanks" },
];

describe("stripQuoted", () => {
  it.each(ROWS)("$name", ({ text, own }) => expect(stripQuoted(text)).toBe(own));
});
