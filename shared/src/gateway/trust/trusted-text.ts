declare const trustedBrand: unique symbol;

/**
 * Text written by us, in code: the only text allowed in a model's `system`
 * message. It is an object (not a branded string) so the brand survives at
 * runtime too: `buildMessages` checks it, so a cast or a JS caller cannot slip
 * an inbound string into the system role.
 */
export interface TrustedText {
  readonly text: string;
  readonly [trustedBrand]: true;
  toString(): string;
}

/**
 * What may be interpolated into `trusted`: other trusted text, numbers, and
 * strings whose type is a literal (a `const` in code). A plain `string` (or a
 * `${string}` template type) could hold anything, so it is rejected; `{}` is
 * assignable to `Record<V, 1>` exactly when `V` is not a finite set of literals.
 */
export type TrustedInterpolation<V> = V extends TrustedText | number
  ? V
  : V extends string
    ? {} extends Record<V, 1>
      ? never
      : V
    : never;

// Every TrustedText ever minted; weak, so per-call texts are collected with their messages.
const minted = new WeakSet<object>();

function mint(text: string): TrustedText {
  const value = Object.freeze({ text, toString: () => text }) as unknown as TrustedText;
  minted.add(value);
  return value;
}

/**
 * Whether `value` was made by `trusted`/`joinTrusted` (a runtime check, so it
 * holds for values that went through `any` or came from JS).
 *
 * @example
 * isTrustedText(trusted`Hi`); // true
 * isTrustedText({ text: "Hi" }); // false
 */
export function isTrustedText(value: unknown): value is TrustedText {
  return typeof value === "object" && value !== null && minted.has(value);
}

// A template call's strings array is frozen and carries `raw`; a hand-built array passed as `trusted([...])` does not.
const isTemplateStrings = (s: unknown): s is TemplateStringsArray =>
  Array.isArray(s) && Object.isFrozen(s) && Array.isArray((s as { raw?: unknown }).raw);

/**
 * Tagged template that makes trusted text from a literal in code. Only other
 * trusted text, numbers and literal-typed constants may be interpolated, so a
 * value read from a request, a page or the database is a type error here.
 *
 * @example
 * const PROMPT_VERSION = "country-v1";
 * const SYSTEM = trusted`You classify locations. Prompt version: ${PROMPT_VERSION}.`;
 * trusted`Hello ${inbound.subject}`; // type error: string is not a literal
 */
export function trusted<const V extends readonly unknown[]>(
  strings: TemplateStringsArray,
  ...values: V & { readonly [K in keyof V]: TrustedInterpolation<V[K]> }
): TrustedText {
  if (!isTemplateStrings(strings)) throw new TypeError("trusted must be used as a tagged template: trusted`...`.");
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v === "object" && !isTrustedText(v)) throw new TypeError(`trusted\`…\`: interpolation ${i} is an object that is not TrustedText.`);
    if (typeof v !== "object" && typeof v !== "string" && typeof v !== "number") {
      throw new TypeError(`trusted\`…\`: interpolation ${i} is a ${typeof v}; only TrustedText, numbers and string literals are allowed.`);
    }
    text += String(v) + strings[i + 1]!;
  }
  return mint(text);
}

/**
 * Joins trusted parts (e.g. the lines of a system prompt) into one trusted text.
 *
 * @example
 * joinTrusted([trusted`Rule 1.`, trusted`Rule 2.`]).text; // "Rule 1.\nRule 2."
 */
export function joinTrusted(parts: readonly TrustedText[], separator: TrustedText = newline): TrustedText {
  for (const [i, p] of [...parts, separator].entries()) {
    if (!isTrustedText(p)) throw new TypeError(`joinTrusted: part ${i} is not TrustedText.`);
  }
  return mint(parts.map((p) => p.text).join(separator.text));
}

const newline = mint("\n");
