import { Hono } from "hono";
import { ApiError } from "../../http/api-error.ts";
import { readJsonBody } from "../../http/read-json-body.ts";
import { parseOr422 } from "../../http/parse-or-422.ts";
import { runGraph } from "../run-graph.ts";
import { RunRequest } from "../run-request.ts";
import { ThreadStore } from "../thread-store.ts";
import { runSignal, validateRunInput } from "../validate-run.ts";
import { isRunResult, waitUntilOf, type WorkerBindings, type WorkerContext } from "../worker-context.ts";

/**
 * `POST /runs/wait`: a stateless run on a fresh thread. Stateless graphs run
 * with no checkpointer; a resumable graph's temporary thread is deleted after
 * the run unless `on_completion: "keep"`, which turns it into a real thread.
 */
export function statelessRunRoutes(ctx: WorkerContext) {
  return new Hono<{ Bindings: WorkerBindings }>().post("/runs/wait", async (c) => {
    const request = parseOr422(RunRequest, await readJsonBody(c), "body");
    const spec = ctx.specOr404(request.assistant_id);
    if (request.command) {
      throw new ApiError(400, "invalid_body", 'A "command" resumes a thread: send it to POST /threads/{thread_id}/runs/wait.');
    }
    const graph = await ctx.load(spec, c.env.DB);
    if (isRunResult(graph)) return c.json(graph.body);
    const valid = validateRunInput(graph, request);
    const threadId = crypto.randomUUID();
    const runId = crypto.randomUUID();
    const keep = spec.resumable && request.on_completion === "keep";
    if (keep) await new ThreadStore(c.env.DB).create(threadId, spec.assistantId, { graph_id: spec.assistantId });
    const result = await runGraph(graph, valid, threadId, runSignal(graph), ctx.services(c.env, waitUntilOf(c), spec));
    if (keep) await new ThreadStore(c.env.DB).release(threadId, result.outcome);
    else if (spec.resumable) waitUntilOf(c)(ctx.checkpointer(c.env.DB).deleteThread(threadId));
    c.header("Content-Location", keep ? `/threads/${threadId}/runs/${runId}` : `/runs/${runId}`);
    return c.json(result.body);
  });
}
