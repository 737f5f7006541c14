// Errors
export { ApiError, isApiError, type ApiErrorCode } from "./api-error.ts";
export { errorResponse, jsonErrorHandler } from "./error-handler.ts";
// Auth
export { isSha256Hex, sha256Hex, verifyBearer, type BearerCheck } from "./verify-bearer.ts";
export { bearerGuard, type BearerGuardOptions } from "./bearer-guard.ts";
// Request bodies
export { readJsonBody, MAX_BODY_BYTES } from "./read-json-body.ts";
export { parseOr422, formatIssues } from "./parse-or-422.ts";
// Trace headers
export { ECHOED_LINK_HEADERS, FORWARDED_TRACE_HEADERS, pickHeaders, traceIdOf } from "./trace-headers.ts";
// LangGraph assistants API over registry rows
export { assistantRoutes } from "./assistant-routes.ts";
