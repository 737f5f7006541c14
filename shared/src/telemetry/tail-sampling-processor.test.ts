import { SpanKind, SpanStatusCode, type SpanContext } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { runInScope, type RequestScope } from "./request-scope.ts";
import { TailSamplingSpanProcessor } from "./tail-sampling-processor.ts";

const KEEP_AT_HALF = "0af7651916cd43dd8480000000000000"; // R = T at p = 0.5
const DROP_AT_HALF = "0af7651916cd43dd847fffffffffffff"; // R = T − 1

function fakeSpan(traceId: string, spanId: string, o: { parent?: string; ms?: number; error?: boolean; kind?: SpanKind; attributes?: Record<string, unknown> } = {}): ReadableSpan {
  const ctx: SpanContext = { traceId, spanId, traceFlags: 1 };
  return {
    name: `span ${spanId}`,
    kind: o.kind ?? SpanKind.INTERNAL,
    spanContext: () => ctx,
    ...(o.parent ? { parentSpanContext: { traceId, spanId: o.parent, traceFlags: 1 } } : {}),
    startTime: [1, 0],
    endTime: [1, (o.ms ?? 5) * 1e6],
    duration: [0, (o.ms ?? 5) * 1e6],
    status: o.error ? { code: SpanStatusCode.ERROR, message: "Ada wrote: ada@example.com" } : { code: SpanStatusCode.UNSET },
    attributes: (o.attributes ?? {}) as ReadableSpan["attributes"],
    links: [],
    events: [{ name: "exception", time: [1, 0], attributes: { "exception.type": "TypeError", "exception.message": "Ada wrote: ada@example.com", "exception.stacktrace": "at x" } }],
    ended: true,
    resource: {} as ReadableSpan["resource"],
    instrumentationScope: { name: "test" },
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

function setup(exporter: SpanExporter | null, probability = 0.5) {
  const exported: ReadableSpan[][] = [];
  const memory: SpanExporter = { export: (spans, done) => (exported.push(spans), done({ code: 0 })), shutdown: async () => {} };
  const scope: RequestScope = { exporter: exporter === null ? null : memory, sampler: { probability, slowMs: 1000 } };
  const processor = new TailSamplingSpanProcessor();
  /** Starts then ends the spans in order inside the request scope, as a request would. */
  const run = (spans: ReadableSpan[]) =>
    runInScope(scope, () => {
      for (const s of spans) processor.onStart(s as unknown as Span, {} as never);
      for (const s of [...spans].reverse()) processor.onEnd(s);
    });
  return { processor, exported, run };
}

describe("TailSamplingSpanProcessor", () => {
  it("buffers nothing and exports nothing when the request has no exporter", async () => {
    const { processor, exported, run } = setup(null);
    run([fakeSpan(KEEP_AT_HALF, "a".repeat(16))]);
    await processor.forceFlush();
    expect(exported).toEqual([]);
  });

  it("exports a kept trace once, when its last span ends, with th in tracestate", async () => {
    const { processor, exported, run } = setup({} as SpanExporter);
    run([fakeSpan(KEEP_AT_HALF, "a".repeat(16)), fakeSpan(KEEP_AT_HALF, "b".repeat(16), { parent: "a".repeat(16) })]);
    await processor.forceFlush(KEEP_AT_HALF);
    expect(exported).toHaveLength(1);
    expect(exported[0]!.map((s) => s.spanContext().traceState?.serialize())).toEqual(["ot=th:8", "ot=th:8"]);
  });

  it("drops a routine trace below the threshold, and keeps the same trace id if it errs", async () => {
    const dropped = setup({} as SpanExporter);
    dropped.run([fakeSpan(DROP_AT_HALF, "a".repeat(16))]);
    expect(dropped.exported).toEqual([]);
    const erred = setup({} as SpanExporter);
    erred.run([fakeSpan(DROP_AT_HALF, "a".repeat(16)), fakeSpan(DROP_AT_HALF, "b".repeat(16), { parent: "a".repeat(16), error: true })]);
    expect(erred.exported).toHaveLength(1);
  });

  it("treats a 5xx server span as an error", () => {
    const { exported, run } = setup({} as SpanExporter);
    run([fakeSpan(DROP_AT_HALF, "a".repeat(16), { kind: SpanKind.SERVER, attributes: { "http.response.status_code": 502 } })]);
    expect(exported).toHaveLength(1);
  });

  it("exports only allowlisted attributes, exception types and no status message", () => {
    const { exported, run } = setup({} as SpanExporter, 1);
    run([fakeSpan(KEEP_AT_HALF, "a".repeat(16), { error: true, attributes: { "url.full": "https://x/?email=ada@example.com", "user_agent.original": "sdk", "agentic_sales.node": "classify", "http.response.status_code": 200 } })]);
    const [span] = exported[0]!;
    expect(span!.attributes).toEqual({ "agentic_sales.node": "classify", "http.response.status_code": 200 });
    expect(span!.events.map((e) => e.attributes)).toEqual([{ "exception.type": "TypeError" }]);
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR });
  });

  it("cuts the host out of outbound fetch span names (a crawled domain is input)", () => {
    const { exported, run } = setup({} as SpanExporter, 1);
    run([{ ...fakeSpan(KEEP_AT_HALF, "a".repeat(16)), name: "fetch GET nordwind-robotik.de" }]);
    expect(exported[0]!.map((s) => s.name)).toEqual(["fetch GET"]);
  });

  it("late spans of a trace (after its flush) follow the trace's decision", () => {
    const { exported, run } = setup({} as SpanExporter);
    run([fakeSpan(DROP_AT_HALF, "a".repeat(16), { error: true })]);
    run([fakeSpan(DROP_AT_HALF, "c".repeat(16), { parent: "a".repeat(16) })]); // routine on its own, but the trace erred
    expect(exported).toHaveLength(2);
  });
});
