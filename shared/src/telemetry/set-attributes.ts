import { trace, type Span } from "@opentelemetry/api";
import { allowedAttributes } from "./attributes.ts";

/**
 * Sets the allowlisted attributes on `span` and returns the names it refused
 * (unknown names, free text, addresses). Refusal is silent at run time — a
 * telemetry mistake must never fail a request — and the attribute tests
 * assert it.
 *
 * @example
 * setAllowedAttributes(span, { "agentic_sales.node": "classify", subject: "Hi" }) // ["subject"]
 */
export function setAllowedAttributes(span: Span, input: Readonly<Record<string, unknown>>): string[] {
  const { attributes, refused } = allowedAttributes(input);
  if (Object.keys(attributes).length > 0) span.setAttributes(attributes);
  return refused;
}

/**
 * `setAllowedAttributes` on the active span, if there is one (the request's
 * server span in a handler, the node's in a graph).
 *
 * @example
 * stampActiveSpan({ "agentic_sales.assistant_id": spec.assistantId, "agentic_sales.route": "CLASSIFY:home" });
 */
export function stampActiveSpan(input: Readonly<Record<string, unknown>>): string[] {
  const span = trace.getActiveSpan();
  return span ? setAllowedAttributes(span, input) : [];
}
