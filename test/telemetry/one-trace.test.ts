import { describe, expect, it } from "vitest";
import { findSpec, registry } from "../../shared/src/registry/index.ts";
import { renderTrace, type SpanRecord } from "../../scripts/lib/otlp-json.ts";
import { callerContext, dispatcherFetch, newTraceId, spansOf } from "./helpers.ts";

const RUN = { assistant_id: "country_classify", input: { location: "Karlsruhe, Baden-Württemberg" } };
const PROMPT_VERSION = findSpec(registry.graphs, "country_classify")!.promptVersion;

const one = (spans: SpanRecord[], predicate: (s: SpanRecord) => boolean, what: string) => {
  const found = spans.filter(predicate);
  expect(found, `${what}\n${renderTrace(spans)}`).toHaveLength(1);
  return found[0]!;
};

// Everything the trace should hold once both sides have exported.
const complete = (spans: SpanRecord[]) => spans.some((s) => s.name.startsWith("chat ")) && spans.filter((s) => s.name.startsWith("fetchHandler")).length >= 2;

describe("one SDK call through the dispatcher is one trace", () => {
  it("covers dispatcher → service binding → worker → graph → nodes → model call, under the caller's span", async () => {
    const traceId = newTraceId();
    const res = await dispatcherFetch("/runs/wait", { json: RUN, headers: callerContext(traceId, "00f067aa0ba902b7") });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ country: "DE" });
    // Telemetry is on: the response links back to the trace.
    expect(res.headers.get("x-trace-id")).toBe(traceId);

    const spans = await spansOf(traceId, complete);
    console.log(renderTrace(spans));
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([traceId]));

    const dispatcher = one(spans, (s) => s.name.startsWith("fetchHandler") && s.parentSpanId === "00f067aa0ba902b7", "dispatcher server span, child of the caller's span");
    expect(dispatcher.attributes).toMatchObject({ "agentic_sales.assistant_id": "country_classify", "agentic_sales.route": "CLASSIFY:home", "http.response.status_code": 200 });
    const binding = one(spans, (s) => s.name === "Service Binding CLASSIFY", "service-binding client span");
    expect(binding.parentSpanId).toBe(dispatcher.spanId);
    const worker = one(spans, (s) => s.name.startsWith("fetchHandler") && s.parentSpanId === binding.spanId, "worker server span, child of the hop");
    const graph = one(spans, (s) => s.name === "invoke_workflow country_classify", "graph span");
    expect(graph.parentSpanId).toBe(worker.spanId);
    expect(graph.attributes).toMatchObject({
      "gen_ai.operation.name": "invoke_workflow",
      "agentic_sales.assistant_id": "country_classify",
      "agentic_sales.graph": "country_classify",
      "agentic_sales.feature": "classification",
      "agentic_sales.prompt_version": PROMPT_VERSION,
      "agentic_sales.outcome": "idle",
      "agentic_sales.llm_calls": 1,
    });
    expect(graph.attributes["agentic_sales.run_id"]).toMatch(/^[0-9a-f-]{36}$/);

    const normalize = one(spans, (s) => s.name === "node normalize", "normalize node span");
    const classify = one(spans, (s) => s.name === "node classify", "classify node span");
    for (const node of [normalize, classify]) expect(node.parentSpanId).toBe(graph.spanId);

    const chat = one(spans, (s) => s.name.startsWith("chat "), "model-call span");
    expect(chat.parentSpanId).toBe(classify.spanId);
    expect(chat.attributes).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "offline",
      "agentic_sales.node": "classify",
      "agentic_sales.prompt_version": PROMPT_VERSION,
      "agentic_sales.graph": "country_classify",
      "gen_ai.request.temperature": 0,
      "agentic_sales.llm_calls": 1,
    });
    expect(typeof chat.attributes["gen_ai.usage.input_tokens"]).toBe("number");
    expect(typeof chat.attributes["gen_ai.usage.output_tokens"]).toBe("number");
    expect(chat.attributes["gen_ai.request.model"]).toBeTruthy();

    // Kept by the consistent-probability rule at p = 1, recorded for a downstream collector.
    for (const s of spans) expect(s.traceState).toMatch(/^ot=th:0/);
    // Nothing off the allowlist left the process (the library adds url.full, user agent…).
    for (const s of spans) expect(Object.keys(s.attributes).filter((k) => ["url.full", "user_agent.original", "url.query", "server.address"].includes(k))).toEqual([]);
  });

  it("a caller with no trace context starts the trace at the dispatcher", async () => {
    const res = await dispatcherFetch("/runs/wait", { json: RUN });
    const traceId = res.headers.get("x-trace-id")!;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const spans = await spansOf(traceId, complete);
    const roots = spans.filter((s) => s.parentSpanId === null);
    expect(roots.map((s) => s.name)).toEqual(["fetchHandler POST"]);
  });

});

// Tail sampling on real spans. In this test isolate the dispatcher's and the
// worker's spans share one buffer, so the dispatcher's vars decide for both.
describe("tail sampling of real traces", () => {
  const quietFor = async (traceId: string) => {
    await new Promise((r) => setTimeout(r, 300));
    return spansOf(traceId, () => false, 200);
  };
  // Trace ids whose low 56 bits sit exactly at / just below T for p = 0.5.
  const at = (low56: string) => `${newTraceId().slice(0, 18)}${low56}`;

  it("keeps a routine trace whose randomness is at the threshold (R = T), recording th", async () => {
    const traceId = at("80000000000000");
    await dispatcherFetch("/runs/wait", { json: RUN, headers: { ...callerContext(traceId), "x-test-env": JSON.stringify({ TRACE_SAMPLE_RATE: "0.5" }) } });
    const spans = await spansOf(traceId, complete);
    expect(spans.length).toBeGreaterThanOrEqual(6);
    for (const s of spans) expect(s.traceState).toMatch(/^ot=th:8/);
  });

  it("drops a routine trace just below it (R = T − 1)", async () => {
    const traceId = at("7fffffffffffff");
    const res = await dispatcherFetch("/runs/wait", { json: RUN, headers: { ...callerContext(traceId), "x-test-env": JSON.stringify({ TRACE_SAMPLE_RATE: "0.5" }) } });
    expect(res.status).toBe(200);
    expect(await quietFor(traceId)).toEqual([]);
  });

  it("keeps an error trace (a 5xx answer) even at p = 0", async () => {
    const traceId = newTraceId();
    const res = await dispatcherFetch("/runs/wait", {
      json: RUN,
      headers: { ...callerContext(traceId), "x-test-env": JSON.stringify({ TRACE_SAMPLE_RATE: "0", ROUTE_CLASSIFY_URL: "https://unreachable.test" }) },
    });
    expect(res.status).toBe(502);
    const spans = await spansOf(traceId);
    expect(spans.find((s) => s.parentSpanId === "00f067aa0ba902b7")?.attributes["http.response.status_code"]).toBe(502);
    for (const s of spans) expect(s.traceState).toMatch(/^ot=th:0/);
  });

  it("keeps a slow trace even at p = 0", async () => {
    const traceId = newTraceId();
    await dispatcherFetch("/runs/wait", { json: RUN, headers: { ...callerContext(traceId), "x-test-env": JSON.stringify({ TRACE_SAMPLE_RATE: "0", TRACE_SLOW_MS: "1" }) } });
    expect((await spansOf(traceId, complete)).length).toBeGreaterThanOrEqual(6);
  });

  it("drops a fast routine trace at p = 0", async () => {
    const traceId = newTraceId();
    await dispatcherFetch("/runs/wait", { json: RUN, headers: { ...callerContext(traceId), "x-test-env": JSON.stringify({ TRACE_SAMPLE_RATE: "0" }) } });
    expect(await quietFor(traceId)).toEqual([]);
  });
});
