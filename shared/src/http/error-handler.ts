import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError, isApiError } from "./api-error.ts";
import { log } from "../telemetry/log.ts";
import { whereOf } from "../telemetry/log-fields.ts";
import { traceIdOf } from "./trace-headers.ts";

/** The JSON response for an ApiError, with the trace id when the caller sent one. */
export function errorResponse(c: Context, error: ApiError): Response {
  const traceId = traceIdOf(c.req.raw.headers);
  return c.json({ ...error.toJSON(), ...(traceId ? { trace_id: traceId } : {}) }, error.status);
}

/**
 * `app.onError` for every Worker: caller mistakes keep their status and code;
 * anything unexpected becomes a JSON 500 with no stack (and is logged: it is a bug).
 */
export function jsonErrorHandler(error: Error, c: Context): Response {
  if (isApiError(error)) return errorResponse(c, error);
  if (error instanceof HTTPException) {
    return errorResponse(c, new ApiError(error.status as ApiError["status"], "invalid_body", error.message));
  }
  // The message may quote input, so the line names the error and where it was thrown, not what it said.
  log("error", "unhandled", { error: error.name, where: whereOf(error), method: c.req.method, path: c.req.path });
  return errorResponse(c, new ApiError(500, "internal_error", "Unexpected error; it has been logged. Retry, and report it if it persists."));
}
