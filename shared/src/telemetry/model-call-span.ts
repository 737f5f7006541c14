import { context, createContextKey, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { ObservedCall, ObservedResult } from "../gateway/hub.ts";
import { ATTR } from "./attributes.ts";
import { callRecordAttributes } from "./cost-rollup.ts";
import { currentGraphRun } from "./graph-run-state.ts";
import { currentScope } from "./request-scope.ts";
import { setAllowedAttributes } from "./set-attributes.ts";

const IN_MODEL_CALL = createContextKey("agentic_sales.model_call");

/**
 * The model hub's default observer (`createModelHub({ observe })`): runs one
 * hub call inside a `chat <model>` span (GenAI semconv) wherever the hub is
 * called from — a graph node, a queue consumer, the inbound pipeline. Inside
 * a traced graph run the span is a child of the node that made the call and
 * its records join the graph span's cost roll-up; elsewhere it is a child of
 * the active span. It is stamped from the hub's `CallRecord`s (provider,
 * model, prompt version, tokens, cost, latency, cache hit) and the call's
 * outcome; a failure sets `error.type` to the gateway code, never the message.
 *
 * With OTel off for the request (no exporter in scope) it only calls `run`:
 * no tracer, no span, no attribute work. A call nested in a traced call (a
 * hub behind a hub) is not traced twice.
 *
 * @example
 * const hub = createModelHub({ env, waitUntil }); // observe: traceModelCall is the default
 */
export async function traceModelCall(call: ObservedCall, run: () => Promise<ObservedResult>): Promise<ObservedResult> {
  if (!currentScope()?.exporter || context.active().getValue(IN_MODEL_CALL)) return run();
  const graphRun = currentGraphRun();
  const parent = graphRun?.nodes.currentNodeSpan() ?? trace.getActiveSpan();
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
      [ATTR.temperature]: call.temperature,
    });
    try {
      const result = await run();
      const last = result.records.at(-1);
      if (last) {
        span.updateName(`chat ${last.model}`);
        setAllowedAttributes(span, callRecordAttributes(last, result.records));
      }
      setAllowedAttributes(span, { [ATTR.outcome]: result.outcome });
      graphRun?.records.push(...result.records);
      return result;
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      const error = e as { code?: unknown; name?: unknown };
      setAllowedAttributes(span, { [ATTR.outcome]: "error", [ATTR.errorType]: typeof error?.code === "string" ? error.code : String(error?.name ?? "Error") });
      throw e;
    } finally {
      span.end();
    }
  });
}
