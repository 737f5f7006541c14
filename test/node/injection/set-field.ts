/**
 * A deep copy of `input` with the value at dotted `path` replaced.
 *
 * @example
 * setField({ inbound: { subject: "Hi" } }, "inbound.subject", "x"); // { inbound: { subject: "x" } }
 */
export function setField(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof at[key] !== "object" || at[key] === null) throw new Error(`setField: "${path}" does not exist in the base input (at "${key}").`);
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
  return copy;
}
