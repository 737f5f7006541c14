import { LangChainTracer } from "@langchain/core/tracers/tracer_langchain";
import { Client, RunTree } from "langsmith";
import { withRunTree } from "langsmith/traceable";
import { currentScope, type LangSmithScope } from "./request-scope.ts";
import { telemetryConfigOf } from "./telemetry-config.ts";

/**
 * The request's LangSmith state when `LANGSMITH_TRACING=true`: a client built
 * from `env` (never `process.env`; config is read at construction, so one per
 * request) and the caller's run rebuilt from `langsmith-trace` + `baggage`.
 * Those headers arrive only through the dispatcher, which forwards them from
 * its authenticated caller.
 *
 * @example
 * const ls = langSmithScopeOf(c.env, c.req.raw.headers); // undefined when off
 */
export function langSmithScopeOf(env: object, headers: Headers): LangSmithScope | undefined {
  const config = telemetryConfigOf(env).langsmith;
  if (!config) return undefined;
  const client = new Client({
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    hideInputs: config.hideInputs,
    hideOutputs: config.hideOutputs,
  });
  const parent = RunTree.fromHeaders(headers, { client, tracingEnabled: true, ...(config.project ? { project_name: config.project } : {}) });
  return { client, parent, project: parent?.project_name ?? config.project, runUrlTemplate: config.runUrlTemplate };
}

/**
 * Runs a graph with LangSmith tracing when the request has it: the graph's
 * root run gets id `runId` and nests under the caller's run (its runs carry
 * the caller's trace id and dotted order). The caller's run itself is never
 * ended or posted here — it belongs to the caller. With LangSmith off it just
 * calls `invoke` with no callbacks.
 *
 * @example
 * await withLangSmithRun(runId, (callbacks) => graph.invoke(input, { ...config, runId, callbacks }));
 */
export async function withLangSmithRun<T>(runId: string, invoke: (callbacks: LangChainTracer[]) => Promise<T>): Promise<T> {
  const scope = currentScope();
  const ls = scope?.langsmith;
  if (!scope || !ls) return invoke([]);
  // Awaited handlers: every run is queued on the client by the time the graph
  // returns, so one awaitPendingTraceBatches() in waitUntil sends them all.
  const tracer = new LangChainTracer({ client: ls.client as Client, ...(ls.project ? { projectName: ls.project } : {}), _awaitHandler: true });
  scope.langsmithRunId = runId;
  const parent = ls.parent as RunTree | undefined;
  return parent ? withRunTree(parent, () => invoke([tracer])) : invoke([tracer]);
}
