import { createTraceState, type Attributes, type SpanContext } from "@opentelemetry/api";
import type { ReadableSpan, TimedEvent } from "@opentelemetry/sdk-trace-base";
import { allowedAttributes } from "../attributes.ts";
import { withThreshold } from "../tracestate-ot.ts";

const allowed = (attributes: Attributes | undefined): Attributes => allowedAttributes(attributes ?? {}).attributes;

// Exception events carry the message and stack, which may quote input: keep
// only which exception it was.
const scrubEvent = (event: TimedEvent): TimedEvent => ({
  name: event.name,
  time: event.time,
  attributes: typeof event.attributes?.["exception.type"] === "string" ? { "exception.type": event.attributes["exception.type"] } : {},
  droppedAttributesCount: 0,
});

// The library names outbound fetch spans `fetch GET <host>`: the host is a
// crawled company's domain, i.e. input data. Keep the method only. Its
// inbound-mail span is `emailHandler <to address>`: keep the trigger only.
const FETCH_SPAN = /^fetch ([A-Z]+) \S+$/;
const EMAIL_SPAN = /^emailHandler\b.*$/s;
const spanName = (name: string) => name.replace(FETCH_SPAN, "fetch $1").replace(EMAIL_SPAN, "emailHandler");

/**
 * The form of a span that leaves the process: attributes cut to the
 * allowlist (library spans add `url.full`, `user_agent.original`, D1 SQL…),
 * events reduced to their names and exception types, no status message, and
 * the sampling threshold recorded in tracestate. Span names are code-chosen
 * (`fetchHandler POST`, `node classify`), never data — except the library's
 * outbound fetch spans, whose host is cut, and its inbound-mail span, whose
 * recipient address is cut.
 */
export function exportView(span: ReadableSpan, th: string | null): ReadableSpan {
  const context = span.spanContext();
  const traceState = th === null ? context.traceState : createTraceState(withThreshold(context.traceState?.serialize(), th));
  const spanContext: SpanContext = { ...context, ...(traceState ? { traceState } : {}) };
  return {
    name: spanName(span.name),
    kind: span.kind,
    spanContext: () => spanContext,
    ...(span.parentSpanContext ? { parentSpanContext: span.parentSpanContext } : {}),
    startTime: span.startTime,
    endTime: span.endTime,
    status: { code: span.status.code },
    attributes: allowed(span.attributes),
    links: span.links.map((l) => ({ context: l.context, attributes: allowed(l.attributes) })),
    events: span.events.map(scrubEvent),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}
