import { SpanStatusCode, trace } from "@opentelemetry/api";
import type { GraphSpec } from "../registry/graph-spec.ts";
import { ATTR } from "./attributes.ts";
import { costRollup } from "./cost-rollup.ts";
import { runInGraph } from "./graph-run-state.ts";
import { NodeSpanHandler } from "./node-spans.ts";
import { currentScope } from "./request-scope.ts";
import { setAllowedAttributes } from "./set-attributes.ts";

/** Identity of one graph run, as the runtime knows it. */
export interface GraphRunIdentity {
  readonly spec: GraphSpec;
  readonly runId: string;
  readonly threadId: string;
  /** The run request's `metadata`; only a token-safe `vertical` is read from it. */
  readonly metadata?: Readonly<Record<string, unknown>> | null;
}

/** How the run ended, from the runtime's point of view. */
export interface GraphRunEnd {
  readonly outcome: string;
  /** Error name when the run failed (HTTP 200 with `__error__`). */
  readonly errorType?: string;
}

/**
 * Runs a graph inside an `invoke_workflow <assistant>` span stamped from the
 * registry spec (graph, feature, prompt version) and the run's identity, with
 * node spans through callbacks and the cost roll-up of its model calls at the
 * end — no per-graph code. With OTel off it just calls `invoke` with no callbacks.
 *
 * @example
 * const result = await withGraphSpan(identity, (callbacks) => graph.invoke(input, { ...config, callbacks }), (r) => ({ outcome: r.outcome }));
 */
export async function withGraphSpan<T>(id: GraphRunIdentity, invoke: (callbacks: NodeSpanHandler[]) => Promise<T>, endOf: (result: T) => GraphRunEnd): Promise<T> {
  if (!currentScope()?.exporter) return invoke([]);
  const tracer = trace.getTracer("agentic-sales");
  return tracer.startActiveSpan(`invoke_workflow ${id.spec.assistantId}`, async (span) => {
    setAllowedAttributes(span, {
      [ATTR.operation]: "invoke_workflow",
      [ATTR.runId]: id.runId,
      [ATTR.assistantId]: id.spec.assistantId,
      [ATTR.threadId]: id.threadId,
      [ATTR.graph]: id.spec.assistantId,
      [ATTR.feature]: id.spec.pillar,
      [ATTR.promptVersion]: id.spec.promptVersion,
      [ATTR.worker]: id.spec.worker,
      [ATTR.vertical]: id.metadata?.vertical,
    });
    const state = { records: [], nodes: new NodeSpanHandler(tracer, span) };
    try {
      const result = await runInGraph(state, () => invoke([state.nodes]));
      const end = endOf(result);
      setAllowedAttributes(span, { ...costRollup(state.records), [ATTR.outcome]: end.outcome, [ATTR.errorType]: end.errorType });
      if (end.errorType) span.setStatus({ code: SpanStatusCode.ERROR });
      return result;
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      setAllowedAttributes(span, { [ATTR.errorType]: (e as Error | undefined)?.name ?? "Error" });
      throw e;
    } finally {
      span.end();
    }
  });
}
