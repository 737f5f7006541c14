import type { ModelErrorCode } from "../types.ts";

/** What to do about one failed provider answer. */
export interface Failure {
  readonly code: ModelErrorCode;
  readonly retry: boolean;
  /** Status plus the provider's error code/message, for the error message. */
  readonly reason: string;
}

interface ErrorDetail {
  readonly code?: string | number;
  readonly type?: string;
  readonly message?: string;
}

// OpenAI: `insufficient_quota`, `{organization,project}_spend_limit_exceeded` (hard spend limits, 429).
const SPEND_CODES = new Set(["insufficient_quota", "organization_usage_limit_exceeded", "credit_balance_exhausted"]);
const SPEND_CODE_SUFFIX = /_spend_limit_exceeded$/;
// Workers AI 3036 "Account limited": the daily neuron allocation is spent (HTTP 429).
const SPEND_NUMERIC_CODES = new Set([3036]);
// AI Gateway spend-limit rules answer 429 in Cloudflare's `{ success:false, error(s):[…] }`
// shape; its code is not in a published table, so the message is what we match.
const SPEND_MESSAGE = /spend[\s_-]?limit|daily free allocation/i;

function detailsOf(body: string): ErrorDetail[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body.trim() ? [{ message: body.trim() }] : [];
  }
  if (typeof parsed !== "object" || parsed === null) return [];
  const o = parsed as Record<string, unknown>;
  const candidates = [o.error, o.errors].flatMap((e) => (Array.isArray(e) ? e : e === undefined ? [] : [e]));
  const out: ErrorDetail[] = candidates.map((e) =>
    typeof e === "string" ? { message: e } : typeof e === "object" && e !== null ? (e as ErrorDetail) : {},
  );
  if (typeof o.message === "string") out.push({ message: o.message });
  return out;
}

const isSpendLimit = (d: ErrorDetail): boolean =>
  (typeof d.code === "string" && (SPEND_CODES.has(d.code) || SPEND_CODE_SUFFIX.test(d.code))) ||
  (typeof d.type === "string" && SPEND_CODES.has(d.type)) ||
  (typeof d.code === "number" && SPEND_NUMERIC_CODES.has(d.code)) ||
  (typeof d.message === "string" && SPEND_MESSAGE.test(d.message));

function describe(status: number, details: readonly ErrorDetail[]): string {
  const d = details[0];
  if (!d) return `HTTP ${status}`;
  const code = d.code ?? d.type;
  const msg = typeof d.message === "string" ? d.message.slice(0, 200) : "";
  return `HTTP ${status}${code === undefined ? "" : ` ${code}`}${msg ? `: ${msg}` : ""}`;
}

/**
 * Classifies a non-2xx provider answer. Spend limits are never retried: a retry
 * cannot succeed before the budget window resets, and retrying them is how eval
 * runners burn through the rest of a quota.
 *
 * | status | body | → |
 * |---|---|---|
 * | 402, or 4xx with a spend-limit code/message | any | `spend_limit`, no retry |
 * | 429 | other | `rate_limited`, retry |
 * | 5xx | any | `provider_error`, retry |
 * | other | any | `provider_error`, no retry |
 *
 * @example
 * classifyFailure(429, '{"error":{"code":"insufficient_quota"}}').code; // "spend_limit"
 * classifyFailure(503, "").retry; // true
 */
export function classifyFailure(status: number, body: string): Failure {
  const details = detailsOf(body);
  const reason = describe(status, details);
  if (status === 402 || (status >= 400 && status < 500 && details.some(isSpendLimit))) return { code: "spend_limit", retry: false, reason };
  if (status === 429) return { code: "rate_limited", retry: true, reason };
  if (status >= 500 && status < 600) return { code: "provider_error", retry: true, reason };
  return { code: "provider_error", retry: false, reason };
}
