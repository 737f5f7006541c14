import { Client } from "@langchain/langgraph-sdk";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_TOKEN, migrateLocal, startFleet, type Fleet } from "../../scripts/lib/fleet.ts";
import { renderTrace, type SpanRecord } from "../../scripts/lib/otlp-json.ts";
import { startOtlpReceiver, type OtlpReceiver } from "../../scripts/lib/otlp-receiver.ts";

// The real local fleet (wrangler dev: one isolate per Worker, real service
// bindings) with OTel on, exporting to the OTLP receiver `pnpm traces` runs.
// This is the cross-isolate proof; test/telemetry/ covers the same tree with
// every assertion in one workerd isolate.
let receiver: OtlpReceiver;
let fleet: Fleet;
let state: string;

beforeAll(async () => {
  receiver = await startOtlpReceiver({ port: 0, settleMs: 300 });
  state = mkdtempSync(path.join(tmpdir(), "agentic-sales-e2e-otel-"));
  const port = Number(process.env.E2E_OTEL_PORT ?? 8798);
  migrateLocal({ port, persistTo: state });
  fleet = await startFleet({ port, persistTo: state, fleetVars: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, TRACE_SAMPLE_RATE: "1" } });
}, 180_000);

afterAll(async () => {
  await fleet?.stop();
  await receiver?.close();
  if (state) rmSync(state, { recursive: true, force: true });
});

async function spansOf(traceId: string, done: (spans: SpanRecord[]) => boolean): Promise<SpanRecord[]> {
  const deadline = Date.now() + 15_000;
  const mine = () => receiver.spans.filter((s) => s.traceId === traceId);
  while (Date.now() < deadline && !done(mine())) await new Promise((r) => setTimeout(r, 100));
  return mine();
}

describe("one SDK call through the dispatcher, on the real fleet with OTel on", () => {
  it("is one trace across the dispatcher's and the worker's isolates, down to the model call", async () => {
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const callerSpan = "b7ad6b7169203331";
    const client = new Client({
      apiUrl: fleet.url,
      apiKey: null,
      defaultHeaders: { Authorization: `Bearer ${DEV_TOKEN}`, traceparent: `00-${traceId}-${callerSpan}-01` },
      callerOptions: { maxRetries: 0 },
    });
    const out = (await client.runs.wait(null, "country_classify", { input: { location: "Wien, Österreich" } })) as { country: string };
    expect(out.country).toBe("AT");

    const spans = await spansOf(traceId, (s) => s.some((x) => x.name.startsWith("chat ")) && s.some((x) => x.service === "agentic-sales-dispatcher"));
    console.log(renderTrace(spans));
    const byName = (name: string) => spans.find((s) => s.name === name || s.name.startsWith(name));
    const dispatcher = spans.find((s) => s.service === "agentic-sales-dispatcher" && s.parentSpanId === callerSpan)!;
    const hop = byName("Service Binding CLASSIFY")!;
    const worker = spans.find((s) => s.service === "agentic-sales-classify" && s.parentSpanId === hop.spanId)!;
    const graph = byName("invoke_workflow country_classify")!;
    const node = byName("node classify")!;
    const chat = byName("chat ")!;
    expect([dispatcher, hop, worker, graph, node, chat].every(Boolean)).toBe(true);
    expect(hop.parentSpanId).toBe(dispatcher.spanId);
    expect(graph.parentSpanId).toBe(worker.spanId);
    expect(node.parentSpanId).toBe(graph.spanId);
    expect(chat.parentSpanId).toBe(node.spanId);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["agentic-sales-dispatcher", "agentic-sales-classify"]));
  });

  it("echoes the trace id with telemetry on, and /health says so with booleans", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await fetch(`${fleet.url}/runs/wait`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json", traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ assistant_id: "company_quality", input: { record: { fields: { name: { value: "Acme", observed_at: "2026-11-01T00:00:00Z" } } }, as_of: "2026-11-24T00:00:00Z" } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-trace-id")).toBe(traceId);
    expect(await (await fetch(`${fleet.url}/health`)).json()).toMatchObject({ telemetry: { otel: true, langsmith: false } });
  });
});
