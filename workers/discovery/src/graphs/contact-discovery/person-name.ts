import { foldText } from "@agentic-sales/shared/web";

/** Honorifics and post-nominals dropped before a name is split (EN, DE, FR, ES). */
const HONORIFICS = new Set([
  "dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "herr", "frau", "dipl", "ing", "mag", "m", "mme", "mlle", "sr", "sra", "srta", "don", "dna", "phd", "mba", "jr", "sr",
]);

/** Words that show a heading or label, not a person: "Our Team", "Kontakt", "Read more". */
const NOT_A_NAME = new Set([
  "team", "our", "the", "unser", "unsere", "das", "equipe", "equipo", "nuestro", "contact", "kontakt", "contacto", "about", "uber", "impressum",
  "email", "mail", "phone", "telefon", "tel", "linkedin", "read", "more", "mehr", "and", "und", "gmbh", "inc", "ltd", "llc", "sas", "sl", "ag", "co",
]);

/** Real names are short: at most five words and 80 characters. */
const MAX_WORDS = 5;

/**
 * A person's display name cleaned for matching and address inference:
 * whitespace collapsed, honorifics and post-nominals ("Dr", "Prof.", "PhD")
 * dropped; null when the text is not plausibly a personal name (one word,
 * digits, an address, a heading such as "Our Team").
 *
 * @example
 * cleanPersonName("  Dr. Amara   Okafor ");  // "Amara Okafor"
 * cleanPersonName("Meet our Team");           // null
 * cleanPersonName("info@acme.de");            // null
 */
export function cleanPersonName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, " ").trim();
  if (text.length > 80 || /[\d@/|:;()[\]{}<>]/.test(text)) return null;
  const words = text.split(" ").filter((w) => !HONORIFICS.has(foldText(w)));
  while (words.length && /,$/.test(words.at(-1)!)) words[words.length - 1] = words.at(-1)!.replace(/,+$/, "");
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  if (!words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w))) return null;
  if (words.some((w) => NOT_A_NAME.has(foldText(w)))) return null;
  // Names are capitalised in every script that has case; all-lower text is prose.
  if (words.every((w) => w === w.toLowerCase() && w !== w.toUpperCase())) return null;
  return words.join(" ");
}

export interface NameSplit {
  readonly first_name: string;
  readonly last_name: string;
  readonly middle_name?: string;
}

/**
 * Ways to read a clean name as first / middle / last, most likely first:
 * first and last word (middle words as the middle name); for three words
 * also first + second word, because Spanish and Portuguese names put the
 * family name used at work second ("Lucía Fernández Ortega" → Fernández).
 *
 * @example
 * nameSplits("Ada Example");              // [{ first_name: "Ada", last_name: "Example" }]
 * nameSplits("Lucía Fernández Ortega")[1]; // { first_name: "Lucía", last_name: "Fernández" }
 */
export function nameSplits(name: string): NameSplit[] {
  const words = name.split(" ");
  const first = words[0]!;
  const last = words.at(-1)!;
  const middle = words.slice(1, -1).join(" ");
  const splits: NameSplit[] = [middle ? { first_name: first, middle_name: middle, last_name: last } : { first_name: first, last_name: last }];
  if (words.length === 3) splits.push({ first_name: first, last_name: words[1]! });
  return splits;
}
