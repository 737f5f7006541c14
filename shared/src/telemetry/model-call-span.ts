import { AsyncLocalStorageProviderSingleton } from "@langchain/core/singletons";
import { context, createContextKey, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { CallRecord, CallSite } from "../gateway/types.ts";
import { ATTR } from "./attributes.ts";
import { callRecordAttributes } from "./cost-rollup.ts";
import { currentGraphRun } from "./graph-run-state.ts";
import { currentScope } from "./request-scope.ts";
import { setAllowedAttributes } from "./set-attributes.ts";

/** The part of a `ModelCall` the span reads: never the messages. */
export interface ModelCallShape {
  readonly site: Pick<CallSite, "graph" | "node" | "promptVersion" | "feature">;
  readonly model?: string;
  readonly temperature?: number;
}

/** What a hub call returns: `complete` one record, `completeJson` one per attempt. */
export type ModelCallResult = { readonly record: CallRecord } | { readonly records: readonly CallRecord[] };

const IN_MODEL_CALL = createContextKey("agentic_sales.model_call");

// The node run a call is made from: LangGraph runs each node with a config
// whose callback manager's parent run is that node's run.
const nodeRunId = (): string | undefined => {
  const config = AsyncLocalStorageProviderSingleton.getRunnableConfig() as { callbacks?: { _parentRunId?: string } } | undefined;
  return config?.callbacks?._parentRunId;
};

/**
 * Runs one model call inside a `chat <model>` span (GenAI semconv), a child of
 * the node that made it, stamped from the hub's `CallRecord` (model,
 * provider, prompt version, tokens, cost, latency) and added to the graph
 * span's roll-up. A failure sets `error.type` to the gateway code, never the
 * message. Nested calls (the hub inside an already-traced call) and requests
 * with OTel off run `fn` untouched.
 *
 * This is the hook the model hub calls around each provider attempt:
 *
 * @example
 * // shared/src/gateway/hub.ts
 * private run(call, attempt, cacheIf) {
 *   return withModelCallSpan(call, () => this.runUntraced(call, attempt, cacheIf));
 * }
 */
export async function withModelCallSpan<R extends ModelCallResult>(call: ModelCallShape, fn: () => Promise<R>): Promise<R> {
  if (!currentScope()?.exporter || context.active().getValue(IN_MODEL_CALL)) return fn();
  const graphRun = currentGraphRun();
  const parent = graphRun?.nodes.spanForRun(nodeRunId()) ?? trace.getActiveSpan();
  const parentContext = (parent ? trace.setSpan(context.active(), parent) : context.active()).setValue(IN_MODEL_CALL, true);
  const tracer = trace.getTracer("agentic-sales");
  return tracer.startActiveSpan(call.model ? `chat ${call.model}` : "chat", { kind: SpanKind.CLIENT }, parentContext, async (span) => {
    setAllowedAttributes(span, {
      [ATTR.operation]: "chat",
      [ATTR.graph]: call.site.graph,
      [ATTR.node]: call.site.node,
      [ATTR.promptVersion]: call.site.promptVersion,
      [ATTR.feature]: call.site.feature,
      [ATTR.model]: call.model,
      [ATTR.temperature]: call.temperature ?? 0,
    });
    try {
      const result = await fn();
      const records = "records" in result ? result.records : [result.record];
      const last = records.at(-1);
      if (last) {
        span.updateName(`chat ${last.model}`);
        setAllowedAttributes(span, callRecordAttributes(last, records));
      }
      graphRun?.records.push(...records);
      return result;
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      const error = e as { code?: unknown; name?: unknown };
      setAllowedAttributes(span, { [ATTR.errorType]: typeof error?.code === "string" ? error.code : String(error?.name ?? "Error") });
      throw e;
    } finally {
      span.end();
    }
  });
}
