import { isSafeToken, isScalarSignal } from "./privacy.ts";

/**
 * Field names whose string values may appear in a log line (ids, codes, names
 * of code things). Anything else may carry only numbers, booleans or null.
 */
export const LOG_STRING_FIELDS: ReadonlySet<string> = new Set([
  "level", "msg", "trace_id", "span_id", "service", "worker", "method", "path", "route", "assistant_id", "graph", "node",
  "thread_id", "run_id", "error", "code", "where", "outcome", "cron", "provider", "model", "prompt_version", "feature", "reason", "scope", "day",
]);

export const REDACTED = "[redacted]";

// Cron expressions are operator config with spaces by design ("*/5 * * * *").
const CRON = /^[0-9A-Za-z*/,?#\- ]{1,100}$/;

/**
 * The log-line form of `fields`: numbers, booleans and null pass under any
 * snake_case name; strings only under `LOG_STRING_FIELDS` and only as safe
 * tokens; everything else (free text, addresses, objects) becomes
 * `"[redacted]"`, so a line shows that something was withheld, never what.
 *
 * @example
 * scrubLogFields({ status: 200, subject: "Pricing?", assistant_id: "email_reply" })
 * // { status: 200, subject: "[redacted]", assistant_id: "email_reply" }
 */
export function scrubLogFields(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!/^[a-z][a-z0-9_]{0,63}$/.test(key)) continue;
    if (isScalarSignal(value)) out[key] = value;
    else if (typeof value === "string" && LOG_STRING_FIELDS.has(key) && (isSafeToken(value) || (key === "cron" && CRON.test(value)))) out[key] = value;
    else out[key] = REDACTED;
  }
  return out;
}

/**
 * Where an error was thrown, as `file:line:col` of its first stack frame: a
 * code location to start debugging from, never the message (which may quote input).
 *
 * @example
 * whereOf(new Error("x")) // "country-classify.ts:85:20"
 */
export function whereOf(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  const frame = stack?.split("\n").find((l) => l.trim().startsWith("at "));
  const location = /([^/\\\s()]+:\d+:\d+)\)?\s*$/.exec(frame ?? "");
  return location?.[1];
}
