import { SpanKind, SpanStatusCode, type Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanExporter, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { exportView } from "./internal/export-view.ts";
import { currentScope } from "./request-scope.ts";
import { decideTrace, type TailDecision, type TailSamplerConfig } from "./tail-decision.ts";

interface Buffered {
  spans: ReadableSpan[];
  open: number;
  exporter: SpanExporter;
  sampler: TailSamplerConfig;
}

/** Traces buffered at once before the oldest is decided early (memory bound). */
const MAX_BUFFERED_TRACES = 512;
/** Decisions remembered so late spans of a trace (e.g. a flush in waitUntil) follow it. */
const MAX_REMEMBERED = 1024;

const ms = (t: readonly [number, number]) => t[0] * 1e3 + t[1] / 1e6;

// A server span that answered 5xx failed even though nothing threw (HTTP
// semconv); the library marks only thrown errors.
const isError = (s: ReadableSpan) =>
  s.status.code === SpanStatusCode.ERROR || (s.kind === SpanKind.SERVER && Number(s.attributes["http.response.status_code"]) >= 500);

/**
 * Buffers each local trace until its last open span ends, then decides it
 * with `decideTrace` (errors, slow, consistent probability) and exports the
 * kept spans in their privacy-safe form. Exporter and sampler settings come
 * from the current request scope, so one processor serves every request of
 * the isolate and does nothing at all — not even buffering — when the
 * request has no exporter.
 *
 * @example
 * instrument(handler, () => ({ service: { name: "dispatcher" }, spanProcessors: [TAIL_PROCESSOR] }))
 */
export class TailSamplingSpanProcessor implements SpanProcessor {
  readonly #traces = new Map<string, Buffered>();
  readonly #decided = new Map<string, TailDecision>();
  readonly #pending = new Map<string, Set<Promise<void>>>();

  onStart(span: Span, _parent: Context): void {
    const scope = currentScope();
    if (!scope?.exporter) return;
    const traceId = span.spanContext().traceId;
    let t = this.#traces.get(traceId);
    if (!t) {
      if (this.#traces.size >= MAX_BUFFERED_TRACES) this.#flush(this.#traces.keys().next().value!);
      this.#traces.set(traceId, (t = { spans: [], open: 0, exporter: scope.exporter, sampler: scope.sampler }));
    }
    t.open++;
  }

  onEnd(span: ReadableSpan): void {
    const traceId = span.spanContext().traceId;
    const t = this.#traces.get(traceId);
    if (!t) return;
    t.spans.push(span);
    if (--t.open <= 0) this.#flush(traceId);
  }

  /** Exports what has ended (the library calls this per trace from `waitUntil`) and waits for it. */
  async forceFlush(traceId?: string): Promise<void> {
    const ids = traceId ? [traceId] : [...this.#traces.keys(), ...this.#pending.keys()];
    for (const id of ids) {
      const t = this.#traces.get(id);
      if (t && t.spans.length > 0) this.#flush(id, t.open <= 0);
    }
    await Promise.allSettled(ids.flatMap((id) => [...(this.#pending.get(id) ?? [])]));
  }

  async shutdown(): Promise<void> {
    await this.forceFlush();
  }

  #flush(traceId: string, done = true): void {
    const t = this.#traces.get(traceId);
    if (!t) return;
    if (done) this.#traces.delete(traceId);
    const spans = t.spans;
    t.spans = [];
    if (spans.length === 0) return;
    const decision = this.#decided.get(traceId) ?? this.#decide(traceId, spans, t.sampler);
    if (!decision.keep) return;
    const promise = new Promise<void>((resolve) => t.exporter.export(spans.map((s) => exportView(s, decision.th)), () => resolve()));
    const set = this.#pending.get(traceId) ?? new Set();
    this.#pending.set(traceId, set.add(promise));
    void promise.then(() => {
      set.delete(promise);
      if (set.size === 0) this.#pending.delete(traceId);
    });
  }

  #decide(traceId: string, spans: ReadableSpan[], sampler: TailSamplerConfig): TailDecision {
    const decision = decideTrace(
      {
        traceId,
        tracestate: spans[0]?.spanContext().traceState?.serialize(),
        spans: spans.map((s) => ({ error: isError(s), durationMs: ms(s.duration) })),
      },
      sampler,
    );
    if (this.#decided.size >= MAX_REMEMBERED) this.#decided.delete(this.#decided.keys().next().value!);
    this.#decided.set(traceId, decision);
    return decision;
  }
}
