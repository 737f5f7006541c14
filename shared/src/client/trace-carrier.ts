import { context, propagation } from "@opentelemetry/api";
import { getCurrentRunTree } from "langsmith/traceable";

/**
 * The trace headers of THIS call, built at fetch time inside the caller's
 * active context: W3C `traceparent`/`tracestate`/`baggage` from OpenTelemetry,
 * plus `langsmith-trace`/`baggage` when a LangSmith run tree is active, so the
 * worker's runs nest under the caller's. Empty when neither is active.
 *
 * @example
 * const headers = traceCarrier(); // { traceparent: "00-…-01" } inside an active span
 */
export function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const runTree = getCurrentRunTree(true);
  if (runTree) {
    const ls = runTree.toHeaders();
    carrier["langsmith-trace"] = ls["langsmith-trace"];
    if (ls.baggage) carrier.baggage = carrier.baggage ? `${carrier.baggage},${ls.baggage}` : ls.baggage;
  }
  return carrier;
}
