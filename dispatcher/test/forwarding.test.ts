import { ThreadStore } from "@agentic-sales/shared/threads";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "./helpers.ts";

const RUN = { assistant_id: "country_classify", input: { location: "Berlin, Germany" } };
const TRACE = {
  traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
  tracestate: "vendor=opaque",
  baggage: "tenant=acme",
  "langsmith-trace": "20261124T000000000000Z7e0c1c2a-5b1e-4f3e-9a53-0c2d8f6b1a11",
  "x-trace-id": "0af7651916cd43dd8448eb211c80319c",
};
const NEVER_FORWARDED = { cookie: "session=abc", "x-api-key": "lsv2-not-a-key", "x-forwarded-for": "203.0.113.9", "x-tenant-id": "t1", "user-agent": "sdk/1.15" };

type Probe = { method: string; path: string; headers: Record<string, string>; body: string | null };

describe("header forwarding across the service-binding hop", () => {
  it("sends exactly the trace headers down, never the caller's token or anything else", async () => {
    const res = await call("/runs/wait", { method: "POST", json: RUN, headers: { ...TRACE, ...NEVER_FORWARDED } });
    expect(res.status).toBe(200);
    const probe = (await res.json()) as Probe;
    for (const [k, v] of Object.entries(TRACE)) expect(probe.headers[k]).toBe(v);
    for (const k of [...Object.keys(NEVER_FORWARDED), "authorization"]) expect(probe.headers[k]).toBeUndefined();
    const allowed = new Set([...Object.keys(TRACE), "content-type", "content-length"]);
    expect(Object.keys(probe.headers).filter((k) => !allowed.has(k) && !k.startsWith("cf-"))).toEqual([]);
    expect(probe).toMatchObject({ method: "POST", path: "/runs/wait" });
    expect(JSON.parse(probe.body!)).toEqual(RUN);
  });

  it("echoes the link headers back and nothing else the worker set", async () => {
    const res = await call("/runs/wait", { method: "POST", json: RUN, headers: TRACE });
    expect(res.headers.get("x-trace-id")).toBe("0af7651916cd43dd8448eb211c80319c");
    expect(res.headers.get("x-langsmith-run-id")).toBe("7e0c1c2a-5b1e-4f3e-9a53-0c2d8f6b1a11");
    expect(res.headers.get("x-langsmith-run-url")).toBe("https://smith.example/runs/7e0c1c2a");
    expect(res.headers.get("content-type")).toBe("application/json");
    for (const h of ["set-cookie", "x-internal-secret", "server"]) expect(res.headers.get(h)).toBeNull();
  });
});

describe("routing decisions", () => {
  it("goes home through the owning worker's binding and says so", async () => {
    const res = await call("/runs/wait", { method: "POST", json: RUN });
    expect(res.headers.get("x-route")).toBe("CLASSIFY:home");
  });

  it("canaries through an alternate binding with the route's own secret", async () => {
    const res = await call("/runs/wait", { method: "POST", json: RUN }, { ROUTE_CLASSIFY_BINDING: "CANARY_PROBE", ROUTE_CLASSIFY_SECRET: "route-secret" });
    expect(res.headers.get("x-route")).toBe("CLASSIFY:canary");
    expect(((await res.json()) as Probe).headers.authorization).toBe("Bearer route-secret");
  });

  it("leaves other assistants of the prefix at home when the allowlist is narrowed", async () => {
    const overrides = { ROUTE_EMAIL_BINDING: "CANARY_PROBE", ROUTE_EMAIL_ASSISTANTS: "email_reply" };
    expect((await call("/runs/wait", { method: "POST", json: { assistant_id: "email_reply", input: {} } }, overrides)).headers.get("x-route")).toBe("EMAIL:canary");
    expect((await call("/runs/wait", { method: "POST", json: RUN }, overrides)).headers.get("x-route")).toBe("CLASSIFY:home");
  });

  it("keeps a thread on one side across calls at a partial percentage", async () => {
    const overrides = { ROUTE_EMAIL_BINDING: "CANARY_PROBE", ROUTE_EMAIL_PERCENT: "50" };
    const sides = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const threadId = crypto.randomUUID();
      const labels = new Set<string>();
      for (let j = 0; j < 3; j++) {
        const res = await call(`/threads/${threadId}/runs/wait`, { method: "POST", json: { assistant_id: "email_reply", command: { resume: "ok" } } }, overrides);
        labels.add(res.headers.get("x-route")!);
      }
      expect(labels.size).toBe(1);
      sides.add([...labels][0]!);
    }
    expect(sides).toEqual(new Set(["EMAIL:canary", "EMAIL:home"]));
  });

  it("routes thread reads by the thread's recorded owner", async () => {
    const threadId = crypto.randomUUID();
    await new ThreadStore(env.DB).create(threadId, "email_reply", { graph_id: "email_reply" });
    const res = await call(`/threads/${threadId}/state?subgraphs=false`);
    expect(res.headers.get("x-route")).toBe("EMAIL:home");
    expect(((await res.json()) as Probe).path).toBe(`/threads/${threadId}/state?subgraphs=false`);
  });

  it("pins a created thread's id before forwarding, so its split matches its runs", async () => {
    const res = await call("/threads", { method: "POST", json: { metadata: { graph_id: "email_reply" } } });
    const sent = JSON.parse(((await res.json()) as Probe).body!);
    expect(sent.thread_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.metadata.graph_id).toBe("email_reply");
  });
});

describe("downstream failures", () => {
  it("times out after the (capped) class budget → 504 JSON with the trace id", async () => {
    const threadId = crypto.randomUUID();
    await new ThreadStore(env.DB).create(threadId, "email_reply", {});
    const res = await call(`/threads/${threadId}/state?delay_ms=2000`, { headers: TRACE }, { DOWNSTREAM_TIMEOUT_CAP_MS: "100" });
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: "upstream_timeout", trace_id: "0af7651916cd43dd8448eb211c80319c" });
    expect(res.headers.get("x-route")).toBe("EMAIL:home");
  });

  it("unreachable URL route → 502 JSON", async () => {
    const res = await call("/runs/wait", { method: "POST", json: RUN, headers: TRACE }, { ROUTE_CLASSIFY_URL: "http://127.0.0.1:9" });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: "upstream_unreachable", trace_id: "0af7651916cd43dd8448eb211c80319c" });
  });

  it("a broken route config → 503 naming the variable, nothing forwarded", async () => {
    const res = await call("/runs/wait", { method: "POST", json: RUN }, { ROUTE_CLASSIFY_URL: "https://c.example", ROUTE_CLASSIFY_PERCENT: "lots" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: "route_misconfigured", message: expect.stringContaining("ROUTE_CLASSIFY_PERCENT") });
  });
});

describe("bad input at the edge", () => {
  const big = JSON.stringify({ assistant_id: "country_classify", input: { location: "x".repeat(1024 * 1024) } });
  type Row = { name: string; path: string; init: RequestInit; status: number; error: string };
  const CASES: Row[] = [
    { name: "non-JSON body", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }, status: 400, error: "invalid_json" },
    { name: "JSON array body", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: "[]" }, status: 400, error: "invalid_body" },
    { name: "wrong content type", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify(RUN) }, status: 415, error: "unsupported_media_type" },
    { name: "body over the limit", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: big }, status: 413, error: "payload_too_large" },
    { name: "missing assistant_id", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, status: 400, error: "invalid_body" },
    { name: "unknown assistant", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: "nope", input: {} }) }, status: 404, error: "assistant_not_found" },
    { name: "non-UUID thread id", path: "/threads/not-a-uuid/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(RUN) }, status: 400, error: "invalid_thread_id" },
    { name: "thread without an owner", path: "/threads", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, status: 422, error: "thread_owner_required" },
    { name: "unknown thread", path: `/threads/${crypto.randomUUID()}/state`, init: {}, status: 404, error: "thread_not_found" },
    { name: "unknown route", path: "/nope", init: {}, status: 404, error: "not_found" },
  ];
  it.each(CASES)("$name → $status $error", async ({ path, init, status, error }) => {
    const res = await call(path, init);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(10);
  });
});
