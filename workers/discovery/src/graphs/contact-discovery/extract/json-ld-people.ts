import type { RawPerson } from "./raw-person.ts";

/** Bounds on walking one page's JSON-LD: deep or huge graphs are not about a company's team. */
const MAX_DEPTH = 8;
const MAX_NODES = 5_000;

const isPersonType = (type: unknown): boolean =>
  (Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && /(^|[/:#])Person$/.test(t.trim()));

/** A JSON-LD value as text: strings as they are, `{ name }` / `{ @value }` objects by their name, first of a list. */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.map(textOf).find((t) => t !== null) ?? null;
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return textOf(o.name ?? o["@value"]);
  }
  return null;
}

/**
 * Every schema.org `Person` in parsed JSON-LD values, wherever it sits:
 * top level, `@graph`, or nested (`employee`, `founder`, `member`, …). Type
 * spellings `Person`, `["Person"]`, `schema:Person` and
 * `http://schema.org/Person` all count. Pure.
 *
 * @example
 * peopleFromJsonLd([{ "@graph": [{ "@type": "Person", name: "Ada Example", jobTitle: "CTO" }] }]);
 * // [{ name: "Ada Example", given: null, family: null, title: "CTO", email: null, method: "json-ld" }]
 */
export function peopleFromJsonLd(values: readonly unknown[]): RawPerson[] {
  const people: RawPerson[] = [];
  let budget = MAX_NODES;
  const walk = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    const node = value as Record<string, unknown>;
    if (isPersonType(node["@type"])) {
      const email = textOf(node.email)?.replace(/^mailto:/i, "").toLowerCase() ?? null;
      people.push({ name: textOf(node.name), given: textOf(node.givenName), family: textOf(node.familyName), title: textOf(node.jobTitle), email, method: "json-ld" });
    }
    for (const [key, child] of Object.entries(node)) if (key !== "@context") walk(child, depth + 1);
  };
  walk(values, 0);
  return people.filter((p) => p.name || (p.given && p.family));
}
