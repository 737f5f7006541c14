import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import forgedToken from "../fixtures/eml/forged-token.eml?raw";
import { renderTrace, type SpanRecord } from "../../scripts/lib/otlp-json.ts";
import { createModelHub } from "../../shared/src/gateway/hub.ts";
import { withTelemetry } from "../../shared/src/telemetry/with-telemetry.ts";
import { emailWorker } from "../../workers/email/src/app.ts";
import emailEntry from "../../workers/email/src/index.ts";
import { callerContext, newTraceId, spansOf } from "./helpers.ts";

// The email worker's production entry (fetch + email + queue) under
// withTelemetry, and model-call spans from the hub itself, outside any graph.

type AnyEnv = Record<string, unknown>;
const ON = env as unknown as AnyEnv;
// The same bindings with telemetry off (no exporter, no LangSmith).
const OFF: AnyEnv = { ...ON, OTEL_EXPORTER_OTLP_ENDPOINT: undefined, LANGSMITH_TRACING: undefined };
const SECRET = { REPLY_TOKEN_SECRET: "telemetry-test-reply-secret" };

const EMAIL_ADDRESS = /[^\s@"',;:<>()]+@[^\s@"',;:<>()]+\.[a-z]{2,}/i;
const exportedStrings = (s: SpanRecord) => [s.name, s.traceState, ...Object.values(s.attributes).map(String), ...s.events.flatMap((e) => [e.name, ...Object.values(e.attributes).map(String)])];

/** Spans of traces rooted at a span named `root…` that started after `since` (queue and email triggers start their own trace). */
async function tracesRootedAt(root: string, since: bigint, done: (spans: SpanRecord[]) => boolean): Promise<SpanRecord[]> {
  const deadline = Date.now() + 5000;
  let spans: SpanRecord[] = [];
  while (Date.now() < deadline) {
    const wire = (await (await fetch("http://otlp.test/spans")).json()) as (Omit<SpanRecord, "startNs" | "endNs"> & { startNs: string; endNs: string })[];
    const all = wire.map((s) => ({ ...s, startNs: BigInt(s.startNs), endNs: BigInt(s.endNs) }));
    const ids = new Set(all.filter((s) => s.name.startsWith(root) && s.parentSpanId === null && s.startNs >= since).map((s) => s.traceId));
    spans = all.filter((s) => ids.has(s.traceId));
    if (ids.size > 0 && done(spans)) return spans;
    await new Promise((r) => setTimeout(r, 50));
  }
  return spans;
}
const nowNs = () => BigInt(Date.now()) * 1_000_000n;

afterEach(() => vi.restoreAllMocks());

describe("the email worker's production entry is instrumented", () => {
  it("wraps every handler the worker has (fetch, email, queue)", () => {
    expect(Object.keys(emailEntry).sort()).toEqual(["email", "fetch", "queue"]);
    // The test entry serves this very object: a second wrap is a no-op.
    expect(withTelemetry(emailEntry, { service: "again" })).toBe(emailEntry);
  });

  it("queue(): one consumer span per batch; the consumer acks exactly as unwrapped", async () => {
    const since = nowNs();
    const messages = () =>
      createMessageBatch("campaign-resume", [
        { id: "m-invalid", timestamp: Date.now(), attempts: 1, body: { nope: true } },
        { id: "m-stale", timestamp: Date.now(), attempts: 1, body: { thread_id: crypto.randomUUID(), lease_id: "lease-1", now: Date.now() } },
      ]);
    const resultOf = async (handler: ExportedHandler<any>, e: AnyEnv) => {
      const batch = messages();
      const ctx = createExecutionContext();
      await handler.queue!(batch, e, ctx);
      return getQueueResult(batch, ctx);
    };
    const plain = await resultOf(emailWorker() as ExportedHandler<any>, OFF);
    expect(plain).toMatchObject({ outcome: "ok", explicitAcks: ["m-invalid", "m-stale"], retryMessages: [] });
    expect(await resultOf(emailEntry, OFF)).toEqual(plain);
    expect(await resultOf(emailEntry, ON)).toEqual(plain);

    // The traced run's batch: its consumer span, and the lease read (D1 `first`) of its stale message under it.
    const spans = await tracesRootedAt("queueHandler campaign-resume", since, (s) => s.some((x) => x.name === "DB first"));
    const roots = spans.filter((s) => s.parentSpanId === null);
    expect(roots.map((s) => s.name), renderTrace(spans)).toEqual(["queueHandler campaign-resume"]);
    expect(roots[0]!.attributes).toMatchObject({ "faas.trigger": "pubsub" });
    expect(spans.filter((s) => s.name === "DB first").map((s) => s.parentSpanId)).toEqual([roots[0]!.spanId]);
  });

  it("queue(): a handler gets the runtime's own batch, so retry options survive the wrapper", async () => {
    // rc.52's batch proxy calls message.retry() with no arguments; the wrapper hands the handler the batch itself.
    const message = { id: "m1", timestamp: new Date(), attempts: 1, body: {}, ack: vi.fn(), retry: vi.fn() };
    const batch = { queue: "campaign-resume", messages: [message], ackAll: vi.fn(), retryAll: vi.fn() } as unknown as MessageBatch;
    const received: MessageBatch[] = [];
    const handler = withTelemetry<AnyEnv>(
      {
        queue: async (b) => {
          received.push(b);
          for (const m of b.messages) m.retry({ delaySeconds: 30 });
        },
      },
      { service: "agentic-sales-queue-test" },
    );
    for (const e of [ON, OFF]) {
      received.length = 0;
      message.retry.mockClear();
      const ctx = createExecutionContext();
      await handler.queue!(batch, e, ctx);
      await waitOnExecutionContext(ctx);
      expect(received).toHaveLength(1);
      expect(received[0]).toBe(batch);
      expect(received[0]!.messages[0]).toBe(message);
      expect(message.retry.mock.calls).toEqual([[{ delaySeconds: 30 }]]);
    }
  });

  it("email(): accepted as unwrapped; its consumer span carries no address", async () => {
    const since = nowNs();
    const deliver = async (handler: ExportedHandler<any>, e: AnyEnv, n: number) => {
      // A fresh Message-ID each time, or the second delivery is a duplicate.
      const raw = new TextEncoder().encode(forgedToken.replace(/^Message-ID:.*$/im, `Message-ID: <telemetry-${n}-${crypto.randomUUID()}@attacker.example>`));
      const message = {
        from: "person1@example1.com",
        to: "reply+0123456789abcdef0123456789abcdef-00000000000000000000@replies.localhost",
        raw: new Response(raw).body!,
        rawSize: raw.byteLength,
        headers: new Headers({ "message-id": `<telemetry-${n}@attacker.example>`, to: "reply+0123456789abcdef0123456789abcdef-00000000000000000000@replies.localhost" }),
        canBeForwarded: true,
        setReject: vi.fn(),
        forward: vi.fn(),
        reply: vi.fn(),
      };
      const ctx = createExecutionContext();
      const outcome = await Promise.resolve(handler.email!(message as unknown as ForwardableEmailMessage, e, ctx)).then(() => "accepted", (err: Error) => `threw: ${err.message}`);
      await waitOnExecutionContext(ctx);
      return { outcome, rejected: message.setReject.mock.calls.length };
    };
    const plain = await deliver(emailWorker() as ExportedHandler<any>, { ...OFF, ...SECRET }, 1);
    expect(plain).toEqual({ outcome: "accepted", rejected: 0 });
    expect(await deliver(emailEntry, { ...OFF, ...SECRET }, 2)).toEqual(plain);
    expect(await deliver(emailEntry, { ...ON, ...SECRET }, 3)).toEqual(plain);

    const spans = await tracesRootedAt("emailHandler", since, (s) => s.length >= 2);
    expect(spans.filter((s) => s.parentSpanId === null).map((s) => s.name), renderTrace(spans)).toEqual(["emailHandler"]);
    // The library puts every header on the span (email.header.*) and the recipient in its name: all cut at export.
    for (const text of spans.flatMap(exportedStrings)) expect(text).not.toMatch(/Mallory|Quick question|interested|forged-0001/);
    for (const text of spans.flatMap(exportedStrings)) expect(text).not.toMatch(EMAIL_ADDRESS);
  });

  it("fetch() with telemetry off answers byte for byte as the unwrapped worker", async () => {
    const plain = emailWorker() as ExportedHandler<any>;
    const requests = () => [
      new Request("https://worker.internal/health"),
      new Request("https://worker.internal/info"),
      new Request("https://worker.internal/no-such-route"),
      new Request("https://worker.internal/unsubscribe?token=forged"),
    ];
    const answer = async (handler: ExportedHandler<any>, request: Request) => {
      const ctx = createExecutionContext();
      const res = await handler.fetch!(request as never, OFF, ctx);
      const body = await res.text();
      await waitOnExecutionContext(ctx);
      return { status: res.status, headers: [...res.headers], body };
    };
    const [a, b] = [requests(), requests()];
    for (let i = 0; i < a.length; i++) expect(await answer(emailEntry, a[i]!)).toEqual(await answer(plain, b[i]!));
  });
});

describe("model-call spans come from the hub, wherever it is called", () => {
  // A handler that calls the hub directly: no graph, no run-graph.
  const handler = withTelemetry<AnyEnv>(
    {
      fetch: async (_request, e, ctx) => {
        const hub = createModelHub({ env: e, waitUntil: (p) => ctx.waitUntil(p), cache: null });
        const { content } = await hub.complete({
          site: { graph: "inbound_pipeline", node: "triage", promptVersion: "triage-v1", feature: "classification" },
          messages: [{ role: "user", content: "Confidential: Grace Sentinel, grace.sentinel@privacy-fixture.example" }],
          offline: () => "DE",
        });
        return new Response(content);
      },
    },
    { service: "agentic-sales-hub-test" },
  );
  const call = async (e: AnyEnv, headers: Record<string, string>) => {
    const ctx = createExecutionContext();
    const res = await handler.fetch!(new Request("https://worker.internal/triage", { headers }) as never, e, ctx);
    const body = await res.text();
    await waitOnExecutionContext(ctx);
    return body;
  };

  it("a hub call outside run-graph is a `chat` span under the active span", async () => {
    const traceId = newTraceId();
    expect(await call(ON, callerContext(traceId))).toBe("DE");
    const spans = await spansOf(traceId, (s) => s.some((x) => x.name.startsWith("chat ")) && s.some((x) => x.name.startsWith("fetchHandler")));
    const server = spans.find((s) => s.name.startsWith("fetchHandler"))!;
    const chat = spans.find((s) => s.name.startsWith("chat "));
    expect(chat, renderTrace(spans)).toBeDefined();
    expect(chat!.parentSpanId).toBe(server.spanId);
    expect(chat!.attributes).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "offline",
      "gen_ai.request.model": "offline",
      "agentic_sales.graph": "inbound_pipeline",
      "agentic_sales.node": "triage",
      "agentic_sales.prompt_version": "triage-v1",
      "agentic_sales.outcome": "ok",
      "agentic_sales.cache_hit": false,
      "agentic_sales.llm_calls": 1,
      "agentic_sales.cost_usd": 0,
    });
    expect(spans.some((s) => s.name.startsWith("invoke_workflow"))).toBe(false);
    for (const text of spans.flatMap(exportedStrings)) expect(text).not.toMatch(/Sentinel|Confidential|@privacy-fixture/);
  });

  it("with telemetry off the hub does no span work: no tracer is asked for", async () => {
    // The isolate's registered tracer provider (@opentelemetry/api's global
    // registry): every trace.getTracer(name) goes through it.
    const provider = (globalThis as unknown as Record<symbol, { trace: { getTracer(name: string): unknown } }>)[Symbol.for("opentelemetry.js.api.1")]!.trace;
    await call(ON, callerContext(newTraceId())); // registered by now either way
    const getTracer = vi.spyOn(provider, "getTracer");
    const traceId = newTraceId();
    expect(await call(OFF, callerContext(traceId))).toBe("DE");
    expect(getTracer.mock.calls.filter(([name]) => name === "agentic-sales")).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(await spansOf(traceId, () => false, 100)).toEqual([]);
  });
});
