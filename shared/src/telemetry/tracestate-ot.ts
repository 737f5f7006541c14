/**
 * The `ot` entry of W3C `tracestate` (OpenTelemetry's own vendor key):
 * `ot=th:<hex>;rv:<hex>;…`. Pure string functions: other vendors' entries and
 * other `ot` sub-keys are kept; the modified entry moves to the front, as W3C
 * Trace Context asks of an updated entry.
 */

const OT_KEY = "ot";

const entriesOf = (tracestate: string | undefined) =>
  (tracestate ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e.includes("="));

/** The sub-keys of the `ot` entry, e.g. `{ th: "8", rv: "…" }`. */
export function otValuesOf(tracestate: string | undefined): Record<string, string> {
  const ot = entriesOf(tracestate).find((e) => e.slice(0, e.indexOf("=")).trim() === OT_KEY);
  const out: Record<string, string> = {};
  for (const part of ot?.slice(ot.indexOf("=") + 1).split(";") ?? []) {
    const colon = part.indexOf(":");
    if (colon > 0) out[part.slice(0, colon)] = part.slice(colon + 1);
  }
  return out;
}

/**
 * `tracestate` with `ot`'s `th` set to `th`.
 *
 * @example
 * withThreshold("vendor=x,ot=rv:abcdef01234567", "8") // "ot=th:8;rv:abcdef01234567,vendor=x"
 * withThreshold(undefined, "0")                       // "ot=th:0"
 */
export function withThreshold(tracestate: string | undefined, th: string): string {
  const { th: _old, ...rest } = otValuesOf(tracestate);
  const ot = [`th:${th}`, ...Object.entries(rest).map(([k, v]) => `${k}:${v}`)].join(";");
  const others = entriesOf(tracestate).filter((e) => e.slice(0, e.indexOf("=")).trim() !== OT_KEY);
  return [`${OT_KEY}=${ot}`, ...others].join(",");
}

/**
 * The explicit randomness `rv` (14 hex digits) when the trace carries one.
 *
 * @example
 * explicitRandomnessOf("ot=rv:00000000000001") // 1n
 */
export function explicitRandomnessOf(tracestate: string | undefined): bigint | undefined {
  const rv = otValuesOf(tracestate).rv;
  return rv && /^[0-9a-f]{14}$/i.test(rv) ? BigInt(`0x${rv}`) : undefined;
}
