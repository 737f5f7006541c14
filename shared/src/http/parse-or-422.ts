import type { z } from "zod";
import { ApiError, type ApiErrorCode } from "./api-error.ts";

/** Zod issues as `{ path: "a.b[0]", message }`, readable without knowing zod. */
export function formatIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>(
      (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      "",
    ),
    message: issue.message,
  }));
}

/**
 * Parses `value` with `schema` or throws an ApiError carrying the field errors.
 *
 * @example
 * const input = parseOr422(contract.input, body.input, "input", "invalid_input", 422);
 */
export function parseOr422<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  code: ApiErrorCode = "invalid_body",
  status: 400 | 422 = 400,
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = formatIssues(parsed.error);
  const first = issues[0];
  const where = first?.path ? `${what}.${first.path}` : what;
  throw new ApiError(status, code, `Invalid ${where}: ${first?.message ?? "does not match the contract"}.`, { issues });
}
