import type { Span } from "@opentelemetry/api";
import { ATTR } from "./attributes.ts";
import { setAllowedAttributes } from "./set-attributes.ts";

export interface LinkIds {
  /** W3C trace id of the request; only when OTel is on. */
  readonly traceId?: string;
  /** The graph run's LangSmith run id; only when LangSmith is on. */
  readonly langsmithRunId?: string;
  readonly langsmithRunUrl?: string;
}

/**
 * The response headers that let an operator pivot trace ⇄ LangSmith run. Pure:
 * only the ids that exist, and `{}` when telemetry is off — so the response is
 * then byte-identical to having no middleware at all.
 *
 * @example
 * buildLinkHeaders({})                          // {}
 * buildLinkHeaders({ traceId: "4bf9…4736" })    // { "x-trace-id": "4bf9…4736" }
 */
export function buildLinkHeaders(ids: LinkIds): Record<string, string> {
  const headers: Record<string, string> = {};
  if (ids.traceId) headers["x-trace-id"] = ids.traceId;
  if (ids.langsmithRunId) {
    headers["x-langsmith-run-id"] = ids.langsmithRunId;
    if (ids.langsmithRunUrl) headers["x-langsmith-run-url"] = ids.langsmithRunUrl;
  }
  return headers;
}

/**
 * Records the peer's ids from a response's link headers on the caller's
 * active span (the typed client calls this after each call), so an operator
 * can jump from the caller's trace to the worker's run. Absent headers set
 * nothing; a missing `x-trace-id` is itself the signal that propagation broke.
 *
 * @example
 * const res = await fetch(url, init);
 * recordPeerIds(trace.getActiveSpan(), res.headers);
 */
export function recordPeerIds(span: Span | undefined, headers: Headers): void {
  if (!span) return;
  setAllowedAttributes(span, {
    [ATTR.peerTraceId]: headers.get("x-trace-id") ?? undefined,
    [ATTR.langsmithRunId]: headers.get("x-langsmith-run-id") ?? undefined,
    [ATTR.langsmithRunUrl]: headers.get("x-langsmith-run-url") ?? undefined,
  });
}
