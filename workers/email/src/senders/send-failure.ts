/**
 * What a failed send means for the send ledger:
 * - `rejected`: the provider refused the request (bad token, throttled,
 *   invalid message): the mail was certainly NOT sent, a retry is safe;
 * - `not_configured`: no credentials for the mailbox's provider, nothing was called;
 * - `unknown`: no answer, a timeout or a 5xx after the request left: the mail
 *   may have gone out, so it must never be blindly resent.
 */
export type SendFailureKind = "rejected" | "not_configured" | "unknown";

/**
 * A provider send that did not succeed. Matched by `name`, not `instanceof`
 * (STYLE: errors cross module and worker boundaries). Messages never carry a
 * token; a provider's own error text is cut to 200 characters.
 *
 * @example
 * throw new SendFailure("gmail", "rejected", 401, "UNAUTHENTICATED", "gmail answered 401 UNAUTHENTICATED: token expired");
 */
export class SendFailure extends Error {
  override readonly name = "SendFailure";
  constructor(
    readonly provider: string,
    readonly kind: SendFailureKind,
    readonly status: number | null,
    readonly code: string,
    message: string,
    /** From a `Retry-After` header, when the provider sent one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Whether `e` is a SendFailure.
 *
 * @example
 * if (isSendFailure(e) && e.kind === "rejected") …
 */
export const isSendFailure = (e: unknown): e is SendFailure => (e as { name?: unknown } | null)?.name === "SendFailure";

/**
 * True when the error proves nothing left: the reservation may be released.
 *
 * @example
 * definitelyNotSent(new SendFailure("gmail", "unknown", 503, "backendError", "…")); // false
 */
export const definitelyNotSent = (e: unknown): boolean => isSendFailure(e) && e.kind !== "unknown";

// Statuses that prove the request was refused before any mail was accepted.
// 408 (timeout) and 409 (Resend: the same key is in flight, or was used for
// another payload) leave the first attempt's fate open, so they are `unknown`.
const REFUSED = new Set([400, 401, 403, 404, 405, 413, 415, 422, 429]);

/**
 * The failure kind of an HTTP error status.
 *
 * @example
 * failureKindOf(429); // "rejected"
 * failureKindOf(502); // "unknown"
 */
export const failureKindOf = (status: number): "rejected" | "unknown" => (REFUSED.has(status) ? "rejected" : "unknown");

/**
 * Milliseconds of a `Retry-After` header (seconds or an HTTP date), else null.
 *
 * @example
 * retryAfterMs("7", Date.now()); // 7000
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
