import { Command } from "@langchain/langgraph";
import { formatIssues } from "../http/parse-or-422.ts";
import { withGraphSpan } from "../telemetry/graph-span.ts";
import { withLangSmithRun } from "../telemetry/langsmith-run.ts";
import type { LoadedGraph } from "./graph-table.ts";
import type { RunRequest } from "./run-request.ts";

/** What a finished run left its thread in. */
export type RunOutcome = "idle" | "interrupted" | "error";

export interface RunResult {
  /** The response body: final state, state + `__interrupt__`, or `__error__`. */
  readonly body: Record<string, unknown>;
  readonly outcome: RunOutcome;
}

/** A run error as the LangGraph servers report it: HTTP 200 and this body. */
export const runError = (error: string, message: string): RunResult => ({
  body: { __error__: { error, message } },
  outcome: "error",
});

interface InterruptLike {
  id?: string;
  value?: unknown;
}

/**
 * Invokes a compiled graph and shapes the body the way `/runs/wait` answers.
 * Graph failures become `__error__` values, never exceptions, because older SDK
 * clients retry a POST that fails with 5xx and would re-run the graph.
 */
export async function runGraph(
  graph: LoadedGraph,
  request: RunRequest,
  threadId: string,
  signal: AbortSignal,
  services: Record<string, unknown> = {},
): Promise<RunResult> {
  const input = request.command ? new Command(request.command as ConstructorParameters<typeof Command>[0]) : (request.input ?? null);
  // One id for the run: the graph's root LangSmith run and the spans' run id.
  const runId = crypto.randomUUID();
  const config = {
    configurable: { ...request.config?.configurable, thread_id: threadId },
    ...(request.config?.recursion_limit ? { recursionLimit: request.config.recursion_limit } : {}),
    ...(request.config?.tags ? { tags: request.config.tags } : {}),
    // Runtime context (not checkpointed): the caller's, plus the worker's
    // services (model hub, D1 stores, sender, clock) that nodes use for I/O.
    // The hub traces its own calls (model-call spans under the node).
    context: { ...request.context, services },
    metadata: { ...request.metadata, assistant_id: graph.spec.assistantId, prompt_version: graph.spec.promptVersion },
    signal,
  };
  // Telemetry wraps the invoke from outside (graph span, node spans, LangSmith
  // run under the caller's); graphs contain no tracing code.
  const identity = { spec: graph.spec, runId, threadId, metadata: request.metadata };
  return withGraphSpan(
    identity,
    (nodeSpans) =>
      withLangSmithRun(runId, (tracers) => {
        const callbacks = [...nodeSpans, ...tracers];
        return invokeAndShape(graph, input, callbacks.length > 0 ? { ...config, runId, runName: graph.spec.assistantId, callbacks } : config);
      }),
    (result) => ({ outcome: result.outcome, errorType: (result.body.__error__ as { error?: string } | undefined)?.error }),
  );
}

async function invokeAndShape(graph: LoadedGraph, input: unknown, config: Record<string, unknown>): Promise<RunResult> {
  let state: Record<string, unknown>;
  try {
    state = await graph.compiled.invoke(input, config);
  } catch (e) {
    const error = e as Error;
    return runError(error?.name ?? "Error", error?.message ?? String(e));
  }
  const { __interrupt__, ...values } = state as Record<string, unknown> & { __interrupt__?: InterruptLike[] };
  if (Array.isArray(__interrupt__) && __interrupt__.length > 0) {
    return {
      body: { ...values, __interrupt__: __interrupt__.map(({ id, value }) => ({ id, value })) },
      outcome: "interrupted",
    };
  }
  const checked = graph.contract.output.safeParse(values);
  if (!checked.success) {
    const issue = formatIssues(checked.error)[0];
    return runError("OutputContractError", `Graph "${graph.spec.assistantId}" produced output that breaks its contract v${graph.contract.version}: ${issue?.path || "output"}: ${issue?.message}`);
  }
  return { body: values, outcome: "idle" };
}
