/**
 * What may leave a process as telemetry: scores, counts, ids and flags — never
 * text a person wrote or an address that names one. These predicates are the
 * one place that decides; the span allowlist and the log scrubber both use them.
 */

// local@domain.tld anywhere in the value. A model id like "@cf/meta/llama" has
// nothing before the "@" and is not an address.
const EMAIL_ADDRESS = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;
const WHITESPACE = /\s/;
/** Longest string value kept; ids, paths and model names are far shorter. */
export const MAX_TOKEN_LENGTH = 200;

/**
 * True when `value` looks like an id, a code or a name token: short, no
 * whitespace (so no sentence, subject line or body), and no email address.
 *
 * @example
 * isSafeToken("country_classify")         // true
 * isSafeToken("/threads/6f1c…/state")     // true
 * isSafeToken("Could you send pricing?")  // false: free text
 * isSafeToken("ada.example@example.com")  // false: a person's address
 */
export function isSafeToken(value: string): boolean {
  return value.length <= MAX_TOKEN_LENGTH && !WHITESPACE.test(value) && !EMAIL_ADDRESS.test(value);
}

/**
 * True for values that carry no text at all: finite numbers, booleans, null.
 *
 * @example
 * isScalarSignal(0.93) // true
 * isScalarSignal("0.93") // false: strings go through isSafeToken
 */
export function isScalarSignal(value: unknown): value is number | boolean | null {
  return value === null || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}
