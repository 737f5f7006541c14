/** Request headers that carry trace context downstream; nothing else crosses. */
export const FORWARDED_TRACE_HEADERS = [
  "traceparent",
  "tracestate",
  "baggage",
  "langsmith-trace",
  "x-trace-id",
] as const;

/** Response headers echoed from a worker back to the caller (trace ⇄ run pivots). */
export const ECHOED_LINK_HEADERS = ["x-langsmith-run-id", "x-langsmith-run-url", "x-trace-id"] as const;

/** Copies only the named headers that are present. */
export function pickHeaders(from: Headers, names: readonly string[]): Headers {
  const out = new Headers();
  for (const name of names) {
    const value = from.get(name);
    if (value !== null) out.set(name, value);
  }
  return out;
}

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * The W3C trace id a request continues: from `traceparent`, else a bare
 * `x-trace-id`; `undefined` when the caller sent neither (or an all-zero id).
 */
export function traceIdOf(headers: Headers): string | undefined {
  const parent = TRACEPARENT.exec(headers.get("traceparent")?.trim().toLowerCase() ?? "");
  const id = parent?.[1] ?? headers.get("x-trace-id")?.trim().toLowerCase();
  return id && /^[0-9a-f]{32}$/.test(id) && !/^0+$/.test(id) ? id : undefined;
}
