import type { Context } from "hono";
import { ApiError } from "./api-error.ts";

/**
 * Largest request body accepted, in bytes (1 MiB). Enforced by Hono's
 * `bodyLimit` before parsing; graph inputs are records, not documents.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads a JSON object body: 415 unless `Content-Type` is JSON, 400 unless the
 * text parses to a JSON object. An empty body reads as `{}`.
 */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header("content-type") ?? "";
  const text = await c.req.text();
  if (text.trim() === "") return {};
  if (!JSON_TYPE.test(type)) {
    throw new ApiError(415, "unsupported_media_type", `Send the body as JSON with "Content-Type: application/json" (got "${type || "none"}").`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, "invalid_json", `The request body is not valid JSON: ${(e as Error).message}`);
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new ApiError(400, "invalid_body", "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}
