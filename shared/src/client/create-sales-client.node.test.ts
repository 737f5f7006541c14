import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { context, propagation, trace, TraceFlags } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { traceable } from "langsmith/traceable";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATTR } from "../telemetry/attributes.ts";
import { createSalesClient, timeoutFor } from "./create-sales-client.ts";

type Seen = { url: string; method: string; headers: Headers; body: unknown };

/** A dispatcher stand-in: records each request and answers like /runs/wait. */
function fakeDispatcher(answer: (req: Seen) => Response = () => Response.json({ country: "AT" })) {
  const seen: Seen[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: Seen = { url: String(input), method: init?.method ?? "GET", headers: new Headers(init?.headers), body: init?.body ? JSON.parse(String(init.body)) : undefined };
    seen.push(req);
    return answer(req);
  }) as typeof fetch;
  return { seen, fetchFn };
}

const exporter = new InMemorySpanExporter();
beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
});
afterAll(() => {
  context.disable();
  propagation.disable();
  trace.disable();
});

describe("createSalesClient", () => {
  it("posts /runs/wait with the bearer token and never the LangSmith key", async () => {
    process.env.LANGSMITH_API_KEY = "lsv2-must-not-leak";
    const { seen, fetchFn } = fakeDispatcher();
    const sales = createSalesClient({ apiUrl: "http://dispatcher.test", token: "t0k", fetch: fetchFn });
    expect(await sales.run("country_classify", { location: "Wien" })).toEqual({ country: "AT" });
    expect(seen[0]).toMatchObject({ url: "http://dispatcher.test/runs/wait", method: "POST", body: { assistant_id: "country_classify", input: { location: "Wien" } } });
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer t0k");
    expect(seen[0]!.headers.get("x-api-key")).toBeNull();
    delete process.env.LANGSMITH_API_KEY;
  });

  it("injects this call's W3C trace context and records the worker's ids on the active span", async () => {
    const { seen, fetchFn } = fakeDispatcher(() =>
      Response.json({ country: "DE" }, { headers: { "x-trace-id": "4bf92f3577b34da6a3ce929d0e0e4736", "x-langsmith-run-id": "0b9a4c2e-1111-4222-8333-944455556666" } }),
    );
    const sales = createSalesClient({ apiUrl: "http://dispatcher.test", token: "t", fetch: fetchFn });
    const tracer = trace.getTracer("web-app");
    const spanTraceId = await tracer.startActiveSpan("compose action", async (span) => {
      await sales.run("country_classify", { location: "Berlin" });
      span.end();
      return span.spanContext().traceId;
    });
    expect(seen[0]!.headers.get("traceparent")).toMatch(new RegExp(`^00-${spanTraceId}-[0-9a-f]{16}-0${TraceFlags.SAMPLED}$`));
    const recorded = exporter.getFinishedSpans().find((s) => s.name === "compose action")!;
    expect(recorded.attributes).toMatchObject({ [ATTR.peerTraceId]: "4bf92f3577b34da6a3ce929d0e0e4736", [ATTR.langsmithRunId]: "0b9a4c2e-1111-4222-8333-944455556666" });
  });

  it("sends langsmith-trace when a LangSmith run tree is active, so the worker's runs nest under it", async () => {
    const { seen, fetchFn } = fakeDispatcher();
    const sales = createSalesClient({ apiUrl: "http://dispatcher.test", token: "t", fetch: fetchFn });
    const action = traceable(async () => sales.run("country_classify", { location: "Paris" }), { name: "web action", tracingEnabled: true, client: { createRun: async () => undefined, updateRun: async () => undefined } as never });
    await action();
    expect(seen[0]!.headers.get("langsmith-trace")).toMatch(/^\d{8}T\d{6}\d+Z[0-9a-f-]{36}$/);
  });

  it("sends no trace headers when nothing is active", async () => {
    const { seen, fetchFn } = fakeDispatcher();
    await createSalesClient({ apiUrl: "http://dispatcher.test", token: "t", fetch: fetchFn }).run("country_classify", { location: "Rome" });
    expect(seen[0]!.headers.get("traceparent")).toBeNull();
    expect(seen[0]!.headers.get("langsmith-trace")).toBeNull();
  });

  it("never retries a POST that failed (a retry would re-run the graph)", async () => {
    const { seen, fetchFn } = fakeDispatcher(() => new Response("boom", { status: 503 }));
    const sales = createSalesClient({ apiUrl: "http://dispatcher.test", token: "t", fetch: fetchFn });
    await expect(sales.run("country_classify", { location: "x" })).rejects.toThrow(/503/);
    expect(seen).toHaveLength(1);
  });

  it("background runs never throw into the caller; failures reach onError", async () => {
    const { fetchFn } = fakeDispatcher(() => new Response("down", { status: 502 }));
    const sales = createSalesClient({ apiUrl: "http://dispatcher.test", token: "t", fetch: fetchFn });
    const errors: unknown[] = [];
    expect(() => sales.background("country_classify", { location: "x" }, (e) => errors.push(e))).not.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(errors).toHaveLength(1);
  });

  it("takes each graph's budget from the registry's timeout classes", () => {
    expect(timeoutFor("country_classify")).toBe(60_000);
    expect(() => timeoutFor("nope")).toThrow(/Unknown assistant "nope"/);
  });
});

describe("GraphIO", () => {
  it("has an entry for every registry graph", async () => {
    const { registry } = await import("../registry/graphs.ts");
    const source = await import("node:fs").then((fs) => fs.readFileSync(new URL("./graph-io.ts", import.meta.url), "utf8"));
    const typed = [...source.matchAll(/^\s{2}(\w+): IO</gm)].map((m) => m[1]).sort();
    expect(typed).toEqual(registry.graphs.map((g) => g.assistantId).sort());
  });
});
