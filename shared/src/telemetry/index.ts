// The light entry: no LangChain or LangSmith import, so the dispatcher can use
// it. Graph-side helpers are "@agentic-sales/shared/telemetry/graph"; the
// handler wrapper (loads otel-cf-workers, needs workerd) is ".../telemetry/instrument".

// Middleware and config
export { telemetry, type TelemetryMiddlewareOptions } from "./telemetry-middleware.ts";
export { telemetryConfigOf, telemetryFlags, parseOtlpHeaders, DEFAULT_SLOW_MS, type TelemetryConfig, type TelemetryEnv } from "./telemetry-config.ts";
export { currentScope, runInScope, type LangSmithScope, type RequestScope } from "./request-scope.ts";
// Span attributes: the allowlist
export { ATTR, allowedAttributes, isAllowedAttribute, type AttributeName } from "./attributes.ts";
export { setAllowedAttributes, stampActiveSpan } from "./set-attributes.ts";
export { callRecordAttributes, costRollup } from "./cost-rollup.ts";
// Link headers
export { buildLinkHeaders, recordPeerIds, type LinkIds } from "./link-headers.ts";
export { langSmithTraceIdOf, runUrlOf } from "./langsmith-links.ts";
// Tail sampling
export { decideTrace, type LocalTraceSummary, type SpanSummary, type TailDecision, type TailReason, type TailSamplerConfig } from "./tail-decision.ts";
export { keepsByThreshold, MAX_THRESHOLD, randomnessOf, thresholdHex, thresholdOf } from "./consistent-probability.ts";
export { explicitRandomnessOf, otValuesOf, withThreshold } from "./tracestate-ot.ts";
export { TailSamplingSpanProcessor } from "./tail-sampling-processor.ts";
// Logs and privacy
export { currentTraceId, log, setLogSink, type LogLevel, type LogSink } from "./log.ts";
export { LOG_STRING_FIELDS, REDACTED, scrubLogFields, whereOf } from "./log-fields.ts";
export { isSafeToken, isScalarSignal } from "./privacy.ts";
