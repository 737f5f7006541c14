import { instrument, OTLPExporter, type ResolveConfigFn, type TraceConfig } from "@microlabs/otel-cf-workers";
import type { Sampler, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { runInScope, type RequestScope } from "./request-scope.ts";
import { TailSamplingSpanProcessor } from "./tail-sampling-processor.ts";
import { DEFAULT_SLOW_MS, telemetryConfigOf, type TelemetryEnv } from "./telemetry-config.ts";

export interface WithTelemetryOptions {
  /** `service.name` of the spans, e.g. `agentic-sales-dispatcher`. */
  readonly service: string;
  /** Export here instead of OTLP (tests: an in-memory exporter). */
  readonly exporter?: SpanExporter;
}

// One processor per isolate: otel-cf-workers registers its tracer provider on
// the first request only, so the processor must serve every later request; it
// reads each request's exporter from the request scope.
const PROCESSOR = new TailSamplingSpanProcessor();

// Record every span and let the tail decide: a head decision would lose the
// error and slow traces the tail must keep. RECORD_AND_SAMPLED (2) also marks
// the propagated traceparent as sampled for the next hop.
const RECORD_ALL: Sampler = { shouldSample: () => ({ decision: 2 }), toString: () => "RecordAllTailDecides" };

const exporters = new WeakMap<object, SpanExporter | null>();
function otlpExporterOf(env: object): SpanExporter | null {
  if (!exporters.has(env)) {
    const otel = telemetryConfigOf(env).otel;
    exporters.set(env, otel ? new OTLPExporter({ url: otel.tracesUrl, headers: { ...otel.headers } }) : null);
  }
  return exporters.get(env)!;
}

function scopeOf(env: object, options: WithTelemetryOptions): RequestScope {
  const otel = telemetryConfigOf(env).otel;
  const exporter = options.exporter ?? otlpExporterOf(env);
  return { exporter, sampler: otel?.sampler ?? { probability: 1, slowMs: DEFAULT_SLOW_MS } };
}

type Handler<E> = ExportedHandler<E, any, any>;

// otel-cf-workers (rc.52) hands a queue handler the batch and its messages
// behind proxies that count acks for span attributes; their `retry()` drops
// its options (`{ delaySeconds }`) and the counter is shared by concurrent
// batches. So the library gets a stand-in batch to open its consumer span
// from, and the handler gets the runtime's own batch, untouched.
const BATCH = Symbol("agentic-sales.telemetry.batch");
type BatchStandIn = Pick<MessageBatch, "queue" | "messages" | "ackAll" | "retryAll"> & { readonly [BATCH]: MessageBatch };
const standIn = (batch: MessageBatch): BatchStandIn => ({
  queue: batch.queue,
  messages: batch.messages,
  ackAll: () => batch.ackAll(),
  retryAll: (options) => batch.retryAll(options),
  [BATCH]: batch,
});
const ownBatch = (fn: (batch: MessageBatch, env: any, ctx: ExecutionContext) => unknown) => (batch: MessageBatch, env: unknown, ctx: ExecutionContext) =>
  fn((batch as Partial<BatchStandIn>)[BATCH] ?? batch, env, ctx);

// Wrapping twice would open two server spans per request; the second wrap is a no-op.
const WRAPPED = Symbol.for("agentic-sales.telemetry.wrapped");

/**
 * Wraps a Worker's handlers with OpenTelemetry (`@microlabs/otel-cf-workers`):
 * a server span per request (a consumer span per queue batch or inbound
 * email, a span per cron run), spans for service-binding calls with W3C trace
 * context injected, and tail-sampled OTLP export from `ctx.waitUntil`. Queue
 * handlers get the runtime's own `MessageBatch`. With no
 * `OTEL_EXPORTER_OTLP_ENDPOINT` nothing is buffered or exported; with
 * `OTEL_SDK_DISABLED=true` `instrument()` is bypassed altogether.
 *
 * @example
 * export default withTelemetry({ fetch: app.fetch, scheduled }, { service: "agentic-sales-dispatcher" });
 */
export function withTelemetry<E>(handler: Handler<E>, options: WithTelemetryOptions): Handler<E> {
  if ((handler as Record<symbol, unknown>)[WRAPPED]) return handler;
  const raw: Handler<E> = { ...handler };
  const config: ResolveConfigFn = (): TraceConfig => ({
    service: { name: options.service },
    spanProcessors: [PROCESSOR],
    sampling: { headSampler: RECORD_ALL },
    handlers: { fetch: { acceptTraceContext: true } },
    fetch: { includeTraceContext: true },
  });
  const toInstrument = { ...handler } as Handler<any>;
  if (handler.queue) toInstrument.queue = ownBatch(handler.queue as never) as never;
  const instrumented = instrument(toInstrument, config) as Handler<E>;
  const bypass = (env: E) => (env as TelemetryEnv | undefined)?.OTEL_SDK_DISABLED === "true";
  const out: Handler<E> = { ...handler };
  for (const key of ["fetch", "scheduled", "queue", "email"] as const) {
    const plain = raw[key] as ((a: unknown, env: E, ctx: ExecutionContext) => unknown) | undefined;
    const traced = instrumented[key] as typeof plain;
    if (!plain || !traced) continue;
    const triggerOf = key === "queue" ? (a: unknown) => standIn(a as MessageBatch) : (a: unknown) => a;
    (out as Record<string, unknown>)[key] = (a: unknown, env: E, ctx: ExecutionContext) =>
      bypass(env) ? plain(a, env, ctx) : runInScope(scopeOf(env as object, options), () => traced(triggerOf(a), env, ctx));
  }
  Object.defineProperty(out, WRAPPED, { value: true });
  return out;
}
