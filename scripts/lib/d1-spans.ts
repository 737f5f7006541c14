import type { SpanRecord } from "./otlp-json.ts";

/** D1 work found in a set of spans. */
export interface D1Calls {
  /** Calls that went to the database: each `run`/`all`/`first`/`raw`/`exec`, and each `batch` once. */
  readonly roundTrips: number;
  /** SQL statements executed: one per single call, one per statement inside a batch. */
  readonly statements: number;
  readonly batches: number;
}

const CALL = /^(\S+) (run|all|first|raw|exec|batch)$/;
const BATCH_STATEMENT = /^(\S+) batch > query$/;

/**
 * Counts the calls on one D1 binding as `@microlabs/otel-cf-workers` traces
 * them: a span per call named `<binding> <operation>`, plus one
 * `<binding> batch > query` span per statement of a batch.
 *
 * @example
 * d1Calls(spans, "DB") // { roundTrips: 9, statements: 21, batches: 6 }
 */
export function d1Calls(spans: readonly Pick<SpanRecord, "name">[], binding: string): D1Calls {
  let roundTrips = 0;
  let statements = 0;
  let batches = 0;
  for (const { name } of spans) {
    const call = CALL.exec(name);
    if (call?.[1] === binding) {
      roundTrips++;
      if (call[2] === "batch") batches++;
      else statements++;
    } else if (BATCH_STATEMENT.exec(name)?.[1] === binding) statements++;
  }
  return { roundTrips, statements, batches };
}

/**
 * The spans of traces whose root span's name starts with one of `roots`
 * (e.g. the cron's `scheduledHandler` and the consumer's `queueHandler`),
 * leaving out other traffic such as API polling.
 */
export function spansUnderRoots(spans: readonly SpanRecord[], roots: readonly string[]): SpanRecord[] {
  const ids = new Set(spans.map((s) => s.spanId));
  const kept = new Set(spans.filter((s) => (s.parentSpanId === null || !ids.has(s.parentSpanId)) && roots.some((r) => s.name.startsWith(r))).map((s) => s.traceId));
  return spans.filter((s) => kept.has(s.traceId));
}
