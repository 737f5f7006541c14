import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Stable machine-readable codes of every error the fleet returns. */
export type ApiErrorCode =
  | "unauthorized"
  | "auth_not_configured"
  | "invalid_json"
  | "invalid_body"
  | "invalid_input"
  | "invalid_query"
  | "invalid_thread_id"
  | "unsupported_media_type"
  | "payload_too_large"
  | "not_found"
  | "assistant_not_found"
  | "thread_not_found"
  | "thread_exists"
  | "thread_busy"
  | "thread_owner_required"
  | "thread_assistant_mismatch"
  | "graph_not_resumable"
  | "graph_unavailable"
  | "campaign_not_found"
  | "campaign_stopped"
  | "do_not_contact"
  | "route_misconfigured"
  | "upstream_timeout"
  | "upstream_unreachable"
  | "internal_error";

/**
 * An error meant for the caller. Thrown anywhere in a handler, mapped to a JSON
 * body `{ error, message, ...details }` once in `onError`.
 *
 * @example
 * throw new ApiError(404, "thread_not_found", `Thread "${id}" does not exist.`);
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON() {
    return { error: this.code, message: this.message, ...this.details };
  }
}

/** Matches by name, not instanceof: errors may come from another bundle copy. */
export const isApiError = (e: unknown): e is ApiError =>
  e instanceof Error && e.name === "ApiError" && "code" in e && "status" in e;
