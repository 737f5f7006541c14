import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.ts";
import { errorResponse } from "./error-handler.ts";
import { isSha256Hex, verifyBearer } from "./verify-bearer.ts";

export interface BearerGuardOptions {
  /** Env var holding the SHA-256 hex of the accepted bearer token. */
  secretVar: string;
  /**
   * When true, an unset secret refuses every request (never silently open)
   * unless `ALLOW_UNAUTHENTICATED=true` is set explicitly. When false, an unset
   * secret means the route is private by construction (service binding only).
   */
  required: boolean;
}

const REJECT_MESSAGE = {
  missing: 'Send "Authorization: Bearer <token>".',
  malformed: 'The Authorization header must be "Bearer <token>".',
  invalid: "The bearer token is not valid for this deployment.",
} as const;

/**
 * Bearer auth against a stored SHA-256 digest, compared in constant time.
 *
 * @example
 * app.use("*", bearerGuard({ secretVar: "LANGGRAPH_DISPATCHER_SECRET_SHA256", required: true }));
 */
export function bearerGuard(options: BearerGuardOptions): MiddlewareHandler {
  return async function bearerGuardMiddleware(c, next) {
    const env = (c.env ?? {}) as Record<string, unknown>;
    const secret = env[options.secretVar];
    if (typeof secret !== "string" || secret.trim() === "") {
      if (!options.required || env.ALLOW_UNAUTHENTICATED === "true") return next();
      return errorResponse(
        c,
        new ApiError(503, "auth_not_configured", `${options.secretVar} is not set, so every request is refused. Set it to the SHA-256 hex of the bearer token (wrangler secret put ${options.secretVar}), or set ALLOW_UNAUTHENTICATED=true to run open on purpose.`),
      );
    }
    if (!isSha256Hex(secret)) {
      return errorResponse(c, new ApiError(503, "auth_not_configured", `${options.secretVar} must be 64 hex characters (a SHA-256 digest), not the token itself.`));
    }
    const check = await verifyBearer(c.req.header("authorization"), secret);
    if (check !== "ok") {
      c.header("WWW-Authenticate", 'Bearer realm="agentic-sales"');
      return errorResponse(c, new ApiError(401, "unauthorized", REJECT_MESSAGE[check]));
    }
    return next();
  };
}
