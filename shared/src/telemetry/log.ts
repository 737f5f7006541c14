import { trace } from "@opentelemetry/api";
import { scrubLogFields } from "./log-fields.ts";
import { currentScope } from "./request-scope.ts";

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Where log lines go; `console` by default, a capturing array in tests. */
export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => (level === "error" ? console.error(line) : level === "warn" ? console.warn(line) : console.log(line));
let sink: LogSink = consoleSink;

/**
 * Replaces the sink (tests capture lines); returns a function restoring the previous one.
 *
 * @example
 * const lines: string[] = [];
 * const restore = setLogSink((_, line) => lines.push(line));
 */
export function setLogSink(next: LogSink): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}

const VALID_ID = /^[0-9a-f]{32}$/;

/** The active span's trace id, else the request scope's, else undefined. */
export function currentTraceId(): string | undefined {
  const active = trace.getActiveSpan()?.spanContext().traceId;
  if (active && VALID_ID.test(active) && !/^0+$/.test(active)) return active;
  return currentScope()?.traceId;
}

/**
 * One structured JSON log line with the trace id, its fields scrubbed (see
 * `scrubLogFields`): only scores, counts, ids and flags reach the log. Never throws.
 *
 * @example
 * log("info", "dispatch", { assistant_id: "country_classify", status: 200, ms: 12 });
 * // {"level":"info","msg":"dispatch","trace_id":"4bf9…","assistant_id":"country_classify","status":200,"ms":12}
 */
export function log(level: LogLevel, msg: string, fields: Readonly<Record<string, unknown>> = {}): void {
  try {
    const { level: _level, msg: _msg, trace_id, ...rest } = fields;
    const line = scrubLogFields({ level, msg, trace_id: trace_id ?? currentTraceId() ?? null, ...rest });
    sink(level, JSON.stringify(line));
  } catch {
    // Logging must never take a request down.
  }
}
