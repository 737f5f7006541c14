import { Hono } from "hono";
import { ApiError } from "../../http/api-error.ts";
import { readJsonBody } from "../../http/read-json-body.ts";
import { parseOr422 } from "../../http/parse-or-422.ts";
import { TIMEOUT_BUDGET_MS, type GraphSpec } from "../../registry/graph-spec.ts";
import { runGraph } from "../run-graph.ts";
import { RunRequest, ThreadCreateRequest } from "../run-request.ts";
import { toThreadState } from "../thread-state.ts";
import { ThreadStore, type ThreadRow } from "../thread-store.ts";
import { runSignal, threadIdOr400, validateRunInput } from "../validate-run.ts";
import { isRunResult, waitUntilOf, type WorkerBindings, type WorkerContext } from "../worker-context.ts";

const threadJson = (row: ThreadRow, values: unknown = {}) => ({
  thread_id: row.thread_id,
  created_at: row.created_at,
  updated_at: row.updated_at,
  metadata: row.metadata,
  status: row.status,
  config: {},
  values,
});

/** Lease on a thread while a run executes: the run's budget plus a margin. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Threads of resumable graphs: create, read, state, and runs on them
 * (`input` or `command.resume`). A thread is owned by the assistant that
 * created it; the dispatcher routes thread calls by that owner.
 */
export function threadRoutes(ctx: WorkerContext) {
  const resumableOr422 = (spec: GraphSpec) => {
    if (!spec.resumable) {
      throw new ApiError(422, "graph_not_resumable", `"${spec.assistantId}" is stateless and keeps no threads; call POST /runs/wait instead.`);
    }
    return spec;
  };
  const threadOr404 = async (store: ThreadStore, threadId: string) => {
    const row = await store.get(threadId);
    if (!row) throw new ApiError(404, "thread_not_found", `Thread "${threadId}" does not exist. Create it with POST /threads first.`);
    return row;
  };
  /** The thread's latest checkpoint as LangGraph's `StateSnapshot`. */
  const snapshotOf = async (row: ThreadRow, db: D1Database) => {
    const graph = await ctx.load(ctx.specOr404(row.assistant_id), db);
    if (isRunResult(graph)) {
      const { message } = graph.body.__error__ as { message: string };
      throw new ApiError(503, "graph_unavailable", `${message} The thread is kept; retry once the graph loads.`);
    }
    return graph.compiled.getState({ configurable: { thread_id: row.thread_id } });
  };

  return new Hono<{ Bindings: WorkerBindings }>()
    .post("/threads", async (c) => {
      const body = parseOr422(ThreadCreateRequest, await readJsonBody(c), "body");
      const graphId = body.metadata?.graph_id;
      if (typeof graphId !== "string" || graphId === "") {
        throw new ApiError(422, "thread_owner_required", 'Set "metadata.graph_id" (client.threads.create({ graphId })) so the thread has an owning assistant.');
      }
      const spec = resumableOr422(ctx.specOr404(graphId));
      const store = new ThreadStore(c.env.DB);
      const threadId = body.thread_id?.toLowerCase() ?? crypto.randomUUID();
      const metadata = { ...body.metadata, graph_id: spec.assistantId };
      if (!(await store.create(threadId, spec.assistantId, metadata)) && body.if_exists !== "do_nothing") {
        throw new ApiError(409, "thread_exists", `Thread "${threadId}" already exists; pass if_exists: "do_nothing" to reuse it.`);
      }
      return c.json(threadJson((await store.get(threadId))!));
    })
    .get("/threads/:thread_id", async (c) => {
      const store = new ThreadStore(c.env.DB);
      const row = await threadOr404(store, threadIdOr400(c.req.param("thread_id")));
      return c.json(threadJson(row, (await snapshotOf(row, c.env.DB)).values ?? {}));
    })
    .get("/threads/:thread_id/state", async (c) => {
      const store = new ThreadStore(c.env.DB);
      const row = await threadOr404(store, threadIdOr400(c.req.param("thread_id")));
      return c.json(toThreadState(await snapshotOf(row, c.env.DB)));
    })
    .post("/threads/:thread_id/runs/wait", async (c) => {
      const threadId = threadIdOr400(c.req.param("thread_id"));
      const request = parseOr422(RunRequest, await readJsonBody(c), "body");
      const spec = resumableOr422(ctx.specOr404(request.assistant_id));
      const store = new ThreadStore(c.env.DB);
      const row = await store.get(threadId);
      if (!row && request.if_not_exists !== "create") await threadOr404(store, threadId);
      if (row && row.assistant_id !== spec.assistantId) {
        throw new ApiError(409, "thread_assistant_mismatch", `Thread "${threadId}" belongs to "${row.assistant_id}", not "${spec.assistantId}".`);
      }
      const graph = await ctx.load(spec, c.env.DB);
      if (isRunResult(graph)) return c.json(graph.body);
      const valid = validateRunInput(graph, request);
      if (!row) await store.create(threadId, spec.assistantId, { graph_id: spec.assistantId });
      if (!(await store.claim(threadId, TIMEOUT_BUDGET_MS[spec.timeoutClass] + LEASE_MARGIN_MS))) {
        throw new ApiError(409, "thread_busy", `Thread "${threadId}" is running another run; retry when it finishes.`);
      }
      let outcome: "idle" | "interrupted" | "error" = "error";
      try {
        const result = await runGraph(graph, valid, threadId, runSignal(graph), ctx.services(c.env, waitUntilOf(c), spec));
        outcome = result.outcome;
        c.header("Content-Location", `/threads/${threadId}/runs/${crypto.randomUUID()}`);
        return c.json(result.body);
      } finally {
        await store.release(threadId, outcome);
      }
    });
}
