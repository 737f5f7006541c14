/** Titles that sometimes lead a display name and must not be mistaken for a first name. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "herr", "frau", "sir", "madam"]);

/** A plausible given name: letters, with inner apostrophes, hyphens or dots. */
const NAME_TOKEN = /^\p{L}[\p{L}\p{M}'’.-]{0,39}$/u;

/**
 * The first name to greet someone by, from an email display name; null when
 * the display name is missing, looks like an address, or is not a name.
 * Handles "Last, First" and leading honorifics; fixes ALL-CAPS/all-lower case.
 *
 * @example
 * greetingName("Ada Example");          // "Ada"
 * greetingName("Example, Ada");         // "Ada"
 * greetingName("Dr. ada example");      // "Ada"
 * greetingName("ada@example.com");      // null
 */
export function greetingName(fromName: string | undefined): string | null {
  if (!fromName) return null;
  const cleaned = fromName.replace(/<[^>]*>/g, " ").replace(/["“”]/g, " ").trim();
  if (cleaned.includes("@")) return null;
  const [before = "", after = ""] = cleaned.split(",", 2).map((part) => part.trim());
  // "Example, Ada" is last-first; "Ada Example, PhD" is a name and a suffix.
  const lastFirst = after !== "" && !/\s/.test(before);
  const tokens = (lastFirst ? after : before).split(/\s+/).filter(Boolean);
  const names = tokens.filter((t) => !HONORIFICS.has(t.replace(/\.$/, "").toLowerCase()));
  // "Dr. Example" names the surname only; greeting by it would read oddly.
  if (names.length === 1 && tokens.length > 1) return null;
  const first = names[0];
  if (!first || !NAME_TOKEN.test(first)) return null;
  return fixCase(first);
}

function fixCase(name: string): string {
  const mixed = name !== name.toLowerCase() && name !== name.toUpperCase();
  if (mixed) return name;
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}
