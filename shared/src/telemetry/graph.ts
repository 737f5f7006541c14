// Graph-side telemetry: graph, node and model-call spans, and LangSmith runs.
// The worker runtime wires these in; graphs never import them.
export { withGraphSpan, type GraphRunEnd, type GraphRunIdentity } from "./graph-span.ts";
export { traceModelCall } from "./model-call-span.ts";
export { NodeSpanHandler } from "./node-spans.ts";
export { langSmithScopeOf, withLangSmithRun } from "./langsmith-run.ts";
