import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { assistantUuid } from "../../registry/assistant-record.ts";
import { createWorkerApp } from "../create-worker-app.ts";
import { FIXTURE_LOADERS, FIXTURE_SPECS } from "./fixture-graphs.ts";

const app = createWorkerApp({ worker: "email", loaders: FIXTURE_LOADERS, specs: FIXTURE_SPECS });

async function call(path: string, json?: unknown, init: RequestInit = {}) {
  const ctx = createExecutionContext();
  const res = await app.request(
    path,
    json === undefined ? init : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(json), ...init },
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, body: (await res.json()) as Record<string, any> };
}

const countRows = async (table: string) => (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

describe("meta", () => {
  it("health answers at once and compiles nothing", async () => {
    const fresh = createWorkerApp({ worker: "email", loaders: FIXTURE_LOADERS, specs: FIXTURE_SPECS });
    const res = await fresh.request("/health", {}, env);
    expect(await res.json()).toEqual({ status: "ok", worker: "email", graphs: FIXTURE_SPECS.length, compiled: 0, telemetry: { otel: false, langsmith: false } });
    await fresh.request("/runs/wait", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: "shout", input: { text: "hi" } }) }, env);
    expect(await (await fresh.request("/health", {}, env)).json()).toMatchObject({ compiled: 1 });
  });

  it("ok and info", async () => {
    expect((await call("/ok")).body).toEqual({ ok: true });
    expect((await call("/info")).body).toMatchObject({ worker: "email", flags: { assistants: true } });
  });
});

describe("stateless runs", () => {
  it("returns the final state", async () => {
    const { res, body } = await call("/runs/wait", { assistant_id: "shout", input: { text: "hello" } });
    expect(res.status).toBe(200);
    expect(body).toEqual({ text: "hello", upper: "HELLO" });
    expect(res.headers.get("content-location")).toMatch(/^\/runs\/[0-9a-f-]{36}$/);
  });

  it("accepts the system assistant uuid as well as the graph name", async () => {
    expect((await call("/runs/wait", { assistant_id: assistantUuid("shout"), input: { text: "a" } })).body).toEqual({ text: "a", upper: "A" });
  });

  it("ignores SDK keys it does not act on", async () => {
    const { body } = await call("/runs/wait", { assistant_id: "shout", input: { text: "a" }, durability: "async", on_disconnect: "cancel", langsmith_tracer: {} });
    expect(body.upper).toBe("A");
  });

  it("writes no checkpoint rows for a stateless graph", async () => {
    const before = await countRows("checkpoints");
    await call("/runs/wait", { assistant_id: "shout", input: { text: "persist nothing" } });
    expect(await countRows("checkpoints")).toBe(before);
    expect(await countRows("checkpoint_blobs")).toBe(0);
  });

  it("a node error is HTTP 200 with __error__", async () => {
    const { res, body } = await call("/runs/wait", { assistant_id: "failing", input: { text: "x" } });
    expect(res.status).toBe(200);
    expect(body.__error__).toEqual({ error: "TypeError", message: "node exploded" });
  });

  it("output breaking the contract is a run error naming the field", async () => {
    const { res, body } = await call("/runs/wait", { assistant_id: "bad_output", input: { text: "x" } });
    expect(res.status).toBe(200);
    expect(body.__error__.error).toBe("OutputContractError");
    expect(body.__error__.message).toContain("upper");
  });

  it("interrupt() in a stateless graph has no checkpointer: a run error, not a crash", async () => {
    const fresh = createWorkerApp({ worker: "email", loaders: FIXTURE_LOADERS, specs: FIXTURE_SPECS.map((s) => (s.assistantId === "approval" ? { ...s, resumable: false } : s)) });
    const res = await fresh.request("/runs/wait", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: "approval", input: { draft: "d" } }) }, env);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).__error__).toBeDefined();
  });
});

describe("broken graphs fail only themselves", () => {
  it.each(["broken_import", "broken_compile", "stale_prompt"])("%s → 200 __error__ GraphLoadError, others keep working", async (id) => {
    const { res, body } = await call("/runs/wait", { assistant_id: id, input: { text: "x" } });
    expect(res.status).toBe(200);
    expect(body.__error__.error).toBe("GraphLoadError");
    expect(body.__error__.message).toContain(id);
    expect((await call("/runs/wait", { assistant_id: "shout", input: { text: "still fine" } })).body.upper).toBe("STILL FINE");
    expect((await call("/health")).body.status).toBe("ok");
  });
});

describe("threads: interrupt → resume → state", () => {
  it("runs, pauses, reports state, resumes and finishes", async () => {
    const created = await call("/threads", { metadata: { graph_id: "approval", campaign: "c1" } });
    expect(created.res.status).toBe(200);
    const threadId = created.body.thread_id as string;
    expect(created.body).toMatchObject({ status: "idle", metadata: { graph_id: "approval", campaign: "c1" } });

    const paused = await call(`/threads/${threadId}/runs/wait`, { assistant_id: "approval", input: { draft: "Hello Ada" } });
    expect(paused.body.draft).toBe("Hello Ada");
    expect(paused.body.__interrupt__).toEqual([{ id: expect.any(String), value: { kind: "review", draft: "Hello Ada" } }]);

    const state = await call(`/threads/${threadId}/state`);
    expect(state.body.next).toEqual(["review"]);
    expect(state.body.values).toEqual({ draft: "Hello Ada" });
    expect(state.body.tasks[0].interrupts[0].value).toEqual({ kind: "review", draft: "Hello Ada" });
    expect(state.body.interrupts).toHaveLength(1);
    expect(state.body.checkpoint.thread_id).toBe(threadId);
    expect((await call(`/threads/${threadId}`)).body.status).toBe("interrupted");

    const done = await call(`/threads/${threadId}/runs/wait`, { assistant_id: "approval", command: { resume: "approve" } });
    expect(done.body).toEqual({ draft: "Hello Ada", decision: "approve" });
    const after = await call(`/threads/${threadId}/state`);
    expect(after.body.next).toEqual([]);
    expect(after.body.values.decision).toBe("approve");
    expect((await call(`/threads/${threadId}`)).body.status).toBe("idle");
  });

  it("if_not_exists: create makes the thread on first run", async () => {
    const threadId = crypto.randomUUID();
    const { body } = await call(`/threads/${threadId}/runs/wait`, { assistant_id: "approval", input: { draft: "x" }, if_not_exists: "create" });
    expect(body.__interrupt__).toHaveLength(1);
  });

  it("a busy thread refuses a second run (409) and writes nothing", async () => {
    const threadId = (await call("/threads", { metadata: { graph_id: "approval" } })).body.thread_id;
    await env.DB.prepare("UPDATE threads SET status = 'busy', lease_expires = ? WHERE thread_id = ?").bind(Date.now() + 60_000, threadId).run();
    const { res, body } = await call(`/threads/${threadId}/runs/wait`, { assistant_id: "approval", input: { draft: "x" } });
    expect(res.status).toBe(409);
    expect(body.error).toBe("thread_busy");
    expect((await call(`/threads/${threadId}/state`)).body.checkpoint).toBeNull();
  });

  it("a lapsed lease no longer blocks the thread", async () => {
    const threadId = (await call("/threads", { metadata: { graph_id: "approval" } })).body.thread_id;
    await env.DB.prepare("UPDATE threads SET status = 'busy', lease_expires = ? WHERE thread_id = ?").bind(Date.now() - 1, threadId).run();
    expect((await call(`/threads/${threadId}/runs/wait`, { assistant_id: "approval", input: { draft: "x" } })).body.__interrupt__).toHaveLength(1);
  });

  it("a fresh thread reports empty state", async () => {
    const threadId = (await call("/threads", { metadata: { graph_id: "approval" } })).body.thread_id;
    expect((await call(`/threads/${threadId}/state`)).body).toMatchObject({ values: {}, next: [], tasks: [], checkpoint: null, interrupts: [] });
  });
});

describe("bad input", () => {
  const threadRow = async () => (await call("/threads", { metadata: { graph_id: "approval" } })).body.thread_id as string;
  type Row = { name: string; path: string | (() => Promise<string>); json?: unknown; init?: RequestInit; status: number; error: string };
  const CASES: Row[] = [
    { name: "unknown assistant", path: "/runs/wait", json: { assistant_id: "nope", input: {} }, status: 404, error: "assistant_not_found" },
    { name: "missing assistant_id", path: "/runs/wait", json: { input: {} }, status: 400, error: "invalid_body" },
    { name: "input breaks the contract", path: "/runs/wait", json: { assistant_id: "shout", input: { text: "" } }, status: 422, error: "invalid_input" },
    { name: "unknown input key (strict contract)", path: "/runs/wait", json: { assistant_id: "shout", input: { text: "a", extra: 1 } }, status: 422, error: "invalid_input" },
    { name: "missing input", path: "/runs/wait", json: { assistant_id: "shout" }, status: 422, error: "invalid_input" },
    { name: "command on a stateless run", path: "/runs/wait", json: { assistant_id: "shout", command: { resume: 1 } }, status: 400, error: "invalid_body" },
    { name: "non-JSON body", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{" }, status: 400, error: "invalid_json" },
    { name: "wrong content type", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" }, status: 415, error: "unsupported_media_type" },
    { name: "body over 1 MiB", path: "/runs/wait", init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: "shout", input: { text: "x".repeat(1_100_000) } }) }, status: 413, error: "payload_too_large" },
    { name: "non-UUID thread id", path: "/threads/123/state", status: 400, error: "invalid_thread_id" },
    { name: "unknown thread", path: `/threads/${crypto.randomUUID()}/state`, status: 404, error: "thread_not_found" },
    { name: "run on unknown thread", path: `/threads/${crypto.randomUUID()}/runs/wait`, json: { assistant_id: "approval", input: { draft: "x" } }, status: 404, error: "thread_not_found" },
    { name: "thread run of a stateless graph", path: `/threads/${crypto.randomUUID()}/runs/wait`, json: { assistant_id: "shout", input: { text: "x" } }, status: 422, error: "graph_not_resumable" },
    { name: "thread without graph_id", path: "/threads", json: {}, status: 422, error: "thread_owner_required" },
    { name: "thread of a stateless graph", path: "/threads", json: { metadata: { graph_id: "shout" } }, status: 422, error: "graph_not_resumable" },
    { name: "thread id not a UUID on create", path: "/threads", json: { thread_id: "abc", metadata: { graph_id: "approval" } }, status: 400, error: "invalid_body" },
    { name: "thread run with bad input writes nothing", path: threadRow, json: { assistant_id: "approval", input: { draft: 5 } }, status: 422, error: "invalid_input" },
  ];
  it.each(CASES)("$name → $status $error", async ({ path, json, init, status, error }) => {
    const resolved = typeof path === "string" ? path : `/threads/${await path()}/runs/wait`;
    const { res, body } = await call(resolved, json, init);
    expect(res.status).toBe(status);
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(10);
  });

  it("duplicate thread id → 409 unless if_exists: do_nothing", async () => {
    const threadId = crypto.randomUUID();
    expect((await call("/threads", { thread_id: threadId, metadata: { graph_id: "approval" } })).res.status).toBe(200);
    const again = await call("/threads", { thread_id: threadId, metadata: { graph_id: "approval" } });
    expect(again.res.status).toBe(409);
    expect(again.body.error).toBe("thread_exists");
    expect((await call("/threads", { thread_id: threadId, metadata: { graph_id: "approval" }, if_exists: "do_nothing" })).res.status).toBe(200);
  });

  it("a thread run for another assistant → 409", async () => {
    const threadId = (await call("/threads", { metadata: { graph_id: "approval" } })).body.thread_id;
    await env.DB.prepare("UPDATE threads SET assistant_id = 'other' WHERE thread_id = ?").bind(threadId).run();
    expect((await call(`/threads/${threadId}/runs/wait`, { assistant_id: "approval", input: { draft: "x" } })).body.error).toBe("thread_assistant_mismatch");
  });
});

describe("assistants", () => {
  it("search lists this worker's system assistants with pagination headers", async () => {
    const { res, body } = await call("/assistants/search", { limit: 2, offset: 0 });
    expect(body).toHaveLength(2);
    expect(body[0]).toMatchObject({ graph_id: "shout", assistant_id: assistantUuid("shout"), metadata: { created_by: "system" } });
    expect(res.headers.get("x-pagination-total")).toBe(String(FIXTURE_SPECS.length));
    expect(res.headers.get("x-pagination-next")).toBe("2");
  });

  it("filters by graph_id and metadata", async () => {
    expect((await call("/assistants/search", { graph_id: "approval" })).body.map((a: any) => a.graph_id)).toEqual(["approval"]);
    expect((await call("/assistants/search", { metadata: { resumable: true } })).body.map((a: any) => a.graph_id)).toEqual(["approval"]);
  });

  it("gets one assistant by name or uuid; 404 otherwise", async () => {
    expect((await call("/assistants/shout")).body.graph_id).toBe("shout");
    expect((await call(`/assistants/${assistantUuid("shout")}`)).body.graph_id).toBe("shout");
    expect((await call("/assistants/nope")).res.status).toBe(404);
  });
});
