import type { Span } from "@opentelemetry/api";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { buildLinkHeaders, recordPeerIds, type LinkIds } from "./link-headers.ts";
import { langSmithScopeOf } from "./langsmith-run.ts";
import { telemetry } from "./telemetry-middleware.ts";

describe("buildLinkHeaders", () => {
  type Row = { ids: LinkIds; headers: Record<string, string> };
  const CASES: Row[] = [
    { ids: {}, headers: {} }, // telemetry off: nothing at all
    { ids: { traceId: "4bf92f3577b34da6a3ce929d0e0e4736" }, headers: { "x-trace-id": "4bf92f3577b34da6a3ce929d0e0e4736" } },
    { ids: { langsmithRunId: "r1" }, headers: { "x-langsmith-run-id": "r1" } },
    { ids: { langsmithRunId: "r1", langsmithRunUrl: "https://smith.example/r/r1" }, headers: { "x-langsmith-run-id": "r1", "x-langsmith-run-url": "https://smith.example/r/r1" } },
    // A URL without its run id is meaningless: not sent.
    { ids: { langsmithRunUrl: "https://smith.example/r/r1" }, headers: {} },
    { ids: { traceId: "", langsmithRunId: "" }, headers: {} },
  ];
  it.each(CASES)("%j", ({ ids, headers }) => expect(buildLinkHeaders(ids)).toEqual(headers));
});

describe("recordPeerIds", () => {
  const fakeSpan = () => {
    const attributes: Record<string, unknown> = {};
    return { attributes, span: { setAttributes: (a: Record<string, unknown>) => Object.assign(attributes, a) } as unknown as Span };
  };

  it("records the peer's trace id and LangSmith run on the caller's span", () => {
    const { span, attributes } = fakeSpan();
    recordPeerIds(span, new Headers({ "x-trace-id": "4bf92f3577b34da6a3ce929d0e0e4736", "x-langsmith-run-id": "7e0c1c2a-5b1e-4f3e-9a53-0c2d8f6b1a11", "x-langsmith-run-url": "https://smith.example/r/7e0c" }));
    expect(attributes).toEqual({
      "agentic_sales.peer.trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
      "agentic_sales.langsmith.run_id": "7e0c1c2a-5b1e-4f3e-9a53-0c2d8f6b1a11",
      "agentic_sales.langsmith.run_url": "https://smith.example/r/7e0c",
    });
  });

  it("sets nothing when the peer sent nothing, and tolerates no span", () => {
    const { span, attributes } = fakeSpan();
    recordPeerIds(span, new Headers());
    expect(attributes).toEqual({});
    expect(() => recordPeerIds(undefined, new Headers({ "x-trace-id": "x" }))).not.toThrow();
  });
});

// The same routes with and without the middleware: with telemetry off the
// responses must be byte-identical (status, every header, body bytes).
function routes(app: Hono) {
  app.onError((e, c) => c.json({ error: e.name }, 500));
  app.get("/json", (c) => c.json({ ok: true, n: 1 }));
  app.get("/text", (c) => c.text("plain", 201, { "x-custom": "1", "content-location": "/runs/1" }));
  app.post("/echo", async (c) => c.body(await c.req.arrayBuffer(), 200, { "content-type": "application/octet-stream" }));
  app.get("/throws", () => {
    throw new TypeError("boom");
  });
  app.get("/relayed", (c) => c.json({}, 200, { "x-trace-id": "from-worker" }));
  return app;
}
const bare = routes(new Hono());
const withMiddleware = routes(new Hono().use(telemetry({ langsmith: langSmithScopeOf })) as unknown as Hono);

const snapshot = async (res: Response) => ({
  status: res.status,
  headers: [...res.headers.entries()],
  body: [...new Uint8Array(await res.arrayBuffer())],
});

describe("telemetry middleware with telemetry off", () => {
  const REQUESTS: [string, RequestInit][] = [
    ["/json", {}],
    ["/text", {}],
    ["/echo", { method: "POST", body: new Uint8Array([0, 1, 2, 255]), headers: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "langsmith-trace": "20261124T000000000000Z7e0c1c2a-5b1e-4f3e-9a53-0c2d8f6b1a11" } }],
    ["/throws", {}],
    ["/missing", {}],
    ["/relayed", {}],
  ];
  it.each(REQUESTS)("%s is byte-identical to the app without it", async (path, init) => {
    const env = { LANGSMITH_API_KEY: "set-but-tracing-off" };
    expect(await snapshot(await withMiddleware.request(path, init, env))).toEqual(await snapshot(await bare.request(path, init, env)));
  });
});
