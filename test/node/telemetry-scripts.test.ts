import { describe, expect, it } from "vitest";
import { parseOtlpJson, renderTrace } from "../../scripts/lib/otlp-json.ts";
import { startOtlpReceiver } from "../../scripts/lib/otlp-receiver.ts";
import { telemetryVarsFrom } from "../../scripts/lib/telemetry-vars.ts";

const kv = (key: string, value: Record<string, unknown>) => ({ key, value });
// What @microlabs/otel-cf-workers posts (OTLP/HTTP JSON, hex ids), trimmed.
const PAYLOAD = {
  resourceSpans: [
    {
      resource: { attributes: [kv("service.name", { stringValue: "agentic-sales-dispatcher" })] },
      scopeSpans: [{ spans: [
        { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "1111111111111111", parentSpanId: "00f067aa0ba902b7", name: "fetchHandler POST", startTimeUnixNano: "1000000000", endTimeUnixNano: "1050000000", status: { code: 0 }, traceState: "ot=th:0", attributes: [kv("http.response.status_code", { intValue: "200" })] },
        { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "2222222222222222", parentSpanId: "1111111111111111", name: "Service Binding CLASSIFY", startTimeUnixNano: "1002000000", endTimeUnixNano: "1048000000", status: { code: 2 }, attributes: [kv("agentic_sales.route", { stringValue: "CLASSIFY:home" })] },
      ] }],
    },
    {
      resource: { attributes: [kv("service.name", { stringValue: "agentic-sales-classify" })] },
      scopeSpans: [{ spans: [
        { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "3333333333333333", parentSpanId: "2222222222222222", name: "invoke_workflow country_classify", startTimeUnixNano: "1005000000", endTimeUnixNano: "1040000000", attributes: [kv("agentic_sales.llm_calls", { intValue: 1 }), kv("agentic_sales.cache_hit", { boolValue: false }), kv("agentic_sales.cost_usd", { doubleValue: 0.002 })] },
      ] }],
    },
  ],
};

describe("parseOtlpJson", () => {
  it("flattens resource → scope → spans, keeping the service and typed attributes", () => {
    const spans = parseOtlpJson(PAYLOAD);
    expect(spans.map((s) => [s.service, s.name, s.parentSpanId])).toEqual([
      ["agentic-sales-dispatcher", "fetchHandler POST", "00f067aa0ba902b7"],
      ["agentic-sales-dispatcher", "Service Binding CLASSIFY", "1111111111111111"],
      ["agentic-sales-classify", "invoke_workflow country_classify", "2222222222222222"],
    ]);
    expect(spans[2]!.attributes).toEqual({ "agentic_sales.llm_calls": 1, "agentic_sales.cache_hit": false, "agentic_sales.cost_usd": 0.002 });
    expect(spans[0]!.attributes["http.response.status_code"]).toBe(200);
  });
  it("reads base64 ids too (the protobuf JSON mapping)", () => {
    const [span] = parseOtlpJson({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: "S/kvNXezTaajzpKdDg5HNg==", spanId: "ABEiM0RVZnc=", name: "x" }] }] }] });
    expect(span).toMatchObject({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "0011223344556677", parentSpanId: null, service: "unknown" });
  });
  it("tolerates an empty body", () => expect(parseOtlpJson({})).toEqual([]));
});

describe("renderTrace", () => {
  it("indents children under parents; a span whose parent is elsewhere (the caller's) is a root", () => {
    expect(renderTrace(parseOtlpJson(PAYLOAD))).toBe(
      [
        "trace 4bf92f3577b34da6a3ce929d0e0e4736  3 spans",
        "└─ fetchHandler POST  [agentic-sales-dispatcher]  50.0 ms  http.response.status_code=200",
        "   └─ Service Binding CLASSIFY  [agentic-sales-dispatcher]  46.0 ms  ERROR  agentic_sales.route=CLASSIFY:home",
        "      └─ invoke_workflow country_classify  [agentic-sales-classify]  35.0 ms  agentic_sales.cost_usd=0.002 agentic_sales.llm_calls=1",
      ].join("\n"),
    );
  });
});

describe("startOtlpReceiver", () => {
  it("accepts OTLP JSON on /v1/traces and hands over each trace once it settles", async () => {
    const traces: string[][] = [];
    const rx = await startOtlpReceiver({ port: 0, settleMs: 50, onTrace: (spans) => traces.push(spans.map((s) => s.name)) });
    try {
      const post = (body: unknown, type = "application/json") => fetch(`${rx.url}/v1/traces`, { method: "POST", headers: { "content-type": type }, body: JSON.stringify(body) });
      expect((await post(PAYLOAD)).status).toBe(200);
      expect((await post(PAYLOAD, "application/x-protobuf")).status).toBe(415);
      expect((await fetch(`${rx.url}/v1/metrics`, { method: "POST" })).status).toBe(404);
      await new Promise((r) => setTimeout(r, 200));
      expect(traces).toEqual([["fetchHandler POST", "Service Binding CLASSIFY", "invoke_workflow country_classify"]]);
      expect(rx.spans).toHaveLength(3);
    } finally {
      await rx.close();
    }
  });
});

describe("telemetryVarsFrom", () => {
  it("passes only telemetry vars that are set", () => {
    expect(telemetryVarsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", TRACE_SLOW_MS: "500", HOME: "/root", LANGSMITH_TRACING: "" })).toEqual({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318",
      TRACE_SLOW_MS: "500",
    });
  });
  it("is undefined when nothing is set, so the fleet starts exactly as before", () => expect(telemetryVarsFrom({ PATH: "/bin" })).toBeUndefined());
});
