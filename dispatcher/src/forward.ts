import { ApiError } from "@agentic-sales/shared/http";
import { ECHOED_LINK_HEADERS, FORWARDED_TRACE_HEADERS, pickHeaders } from "@agentic-sales/shared/http";
import type { RouteDecision } from "./route-for.ts";

/** Response headers that cross back besides the link headers: the API's own. */
const PASSED_RESPONSE_HEADERS = ["content-type", "content-location", "x-pagination-total", "x-pagination-next", ...ECHOED_LINK_HEADERS];

export interface ForwardOptions {
  decision: RouteDecision;
  /** Path and query on the sub-worker, e.g. `/threads/<id>/state?subgraphs=false`. */
  path: string;
  method: "GET" | "POST";
  body?: string;
  /** Caller's request headers; only trace headers are copied from them. */
  inbound: Headers;
  timeoutMs: number;
  env: Record<string, unknown>;
}

/** Placeholder origin for service-binding requests; the binding ignores the host. */
const BINDING_ORIGIN = "https://worker.internal";

/**
 * Sends one request to the chosen sub-worker. Only trace headers (and, for a
 * URL route, that route's own bearer token) go down; only the API's response
 * headers and the link headers come back. The caller's token never leaves.
 * Timeout → 504, unreachable → 502, both as JSON ApiErrors.
 */
export async function forward(o: ForwardOptions): Promise<Response> {
  const headers = pickHeaders(o.inbound, FORWARDED_TRACE_HEADERS);
  if (o.body !== undefined) headers.set("content-type", "application/json");
  if (o.decision.side === "canary" && o.decision.secret) headers.set("authorization", `Bearer ${o.decision.secret}`);
  const url = o.decision.side === "canary" ? o.decision.url : undefined;
  const bindingName = url ? undefined : o.decision.binding;
  const fetcher = bindingName ? (o.env[bindingName] as Fetcher | undefined) : undefined;
  if (bindingName && !fetcher) {
    throw new ApiError(503, "route_misconfigured", `Service binding ${bindingName} is not configured on the dispatcher.`);
  }
  const request = new Request(`${url ?? BINDING_ORIGIN}${o.path}`, {
    method: o.method,
    headers,
    ...(o.body !== undefined ? { body: o.body } : {}),
    signal: AbortSignal.timeout(o.timeoutMs),
  });
  let response: Response;
  try {
    response = fetcher ? await fetcher.fetch(request) : await fetch(request);
  } catch (e) {
    const error = e as Error;
    if (error?.name === "TimeoutError" || error?.name === "AbortError") {
      throw new ApiError(504, "upstream_timeout", `The ${o.decision.prefix} worker did not answer within ${o.timeoutMs / 1000} s (its timeout class budget).`);
    }
    throw new ApiError(502, "upstream_unreachable", `The ${o.decision.prefix} worker could not be reached: ${error?.message ?? String(e)}`);
  }
  return new Response(response.body, { status: response.status, headers: pickHeaders(response.headers, PASSED_RESPONSE_HEADERS) });
}
