import { isModelCallError, ModelCallError, type ProviderResponse } from "../types.ts";
import { classifyFailure, type Failure } from "./classify-failure.ts";

export { classifyFailure, type Failure } from "./classify-failure.ts";

/**
 * How a provider call retries. Waits grow by a fixed step (250, 500, 750 ms …),
 * not exponentially: calls sit under a per-call deadline of tens of seconds,
 * and an exponential schedule spends that budget on one or two long sleeps.
 */
export interface RetryPolicy {
  /** Added per failed attempt: wait n is `n × stepMs` (+ Retry-After). */
  readonly stepMs: number;
  /** Cap on one wait, Retry-After included. */
  readonly maxDelayMs: number;
  /** Hard ceiling on attempts, the first one included. */
  readonly maxAttempts: number;
  /** Total time for all attempts and waits when the call sets no `deadlineMs`. */
  readonly deadlineMs: number;
}

/** @example withRetries(attempt, { label: "x", policy: { ...DEFAULT_RETRY_POLICY, stepMs: 5 } }) */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { stepMs: 250, maxDelayMs: 10_000, maxAttempts: 4, deadlineMs: 60_000 };

/** A provider answer plus how many HTTP attempts it took (0 when no network was used). */
export interface AttemptedResponse extends ProviderResponse {
  readonly attempts: number;
}

/**
 * `Retry-After` (RFC 9110 §10.2.3) in ms: delta-seconds or an HTTP-date; `null` when absent or unparsable.
 *
 * @example
 * parseRetryAfter("2", 0); // 2000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // HTTP-dates start with a day name; Date.parse alone would read "-1" as a year.
  const at = /^[A-Za-z]{3}/.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * Wait before retry number `attempt` (1 = after the first failure): `attempt × stepMs`
 * plus the server's `Retry-After`, capped at `maxDelayMs`.
 *
 * @example
 * backoffDelay(1, null);  // 250
 * backoffDelay(3, null);  // 750
 * backoffDelay(2, "1");   // 1500
 */
export function backoffDelay(attempt: number, retryAfterHeader: string | null, policy: RetryPolicy = DEFAULT_RETRY_POLICY, nowMs = Date.now()): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`"attempt" must be an integer >= 1, got ${attempt}`);
  const hinted = parseRetryAfter(retryAfterHeader, nowMs) ?? 0;
  return Math.min(policy.maxDelayMs, attempt * policy.stepMs + hinted);
}

/** One attempt's outcome: a value, or the HTTP failure to classify. Thrown `ModelCallError`s end the loop. */
export type Attempt<T> = { readonly ok: true; readonly value: T } | AttemptFailure;

/** A failed attempt as the provider answered it: status, raw body, `Retry-After`. */
export interface AttemptFailure {
  readonly ok: false;
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | null;
}

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Names the provider and model in error messages (never a key). */
  readonly label: string;
  readonly policy?: Partial<RetryPolicy>;
  /** The call's deadline over all attempts; defaults to `policy.deadlineMs`. */
  readonly deadlineMs?: number;
  readonly signal?: AbortSignal;
  /** Injected by tests to record waits. */
  readonly sleep?: Sleep;
  readonly now?: () => number;
}

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });

const DEADLINE = Symbol("deadline");

/**
 * Runs `attempt` until it succeeds, a failure is not retryable, `maxAttempts` is
 * reached, or the deadline passes (→ `timeout`). Network errors count as retryable
 * 5xx. Never retries spend-limit answers (see `classifyFailure`).
 *
 * @example
 * const { value, attempts } = await withRetries(async (signal) => {
 *   const res = await fetch(url, { signal });
 *   return res.ok ? { ok: true, value: await res.json() } : { ok: false, status: res.status, body: await res.text(), retryAfter: res.headers.get("retry-after") };
 * }, { label: "openai gpt-4o-mini", deadlineMs: 20_000 });
 */
export async function withRetries<T>(attempt: (signal: AbortSignal, n: number) => Promise<Attempt<T>>, options: RetryOptions): Promise<{ value: T; attempts: number }> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const deadlineMs = options.deadlineMs ?? policy.deadlineMs;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const started = now();
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(DEADLINE), deadlineMs);
  const onOuterAbort = () => ctrl.abort(options.signal?.reason);
  if (options.signal?.aborted) onOuterAbort();
  else options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const aborted = (n: number): Error => {
    const reason: unknown = ctrl.signal.reason;
    if (reason !== DEADLINE && isModelCallError(reason)) return reason;
    const why = reason === DEADLINE ? `deadline of ${deadlineMs} ms passed` : "aborted by the caller";
    return new ModelCallError("timeout", `${options.label}: ${why} during attempt ${n}`, true);
  };
  const fail = (f: Failure, n: number, why: string) => new ModelCallError(f.code, `${options.label}: ${f.reason}; ${why}`, f.retry);
  try {
    for (let n = 1; ; n++) {
      if (ctrl.signal.aborted) throw aborted(n);
      let result: Attempt<T>;
      try {
        result = await attempt(ctrl.signal, n);
      } catch (e) {
        if (ctrl.signal.aborted) throw aborted(n);
        if (isModelCallError(e)) throw e;
        result = { ok: false, status: 0, body: e instanceof Error ? e.message : String(e), retryAfter: null };
      }
      if (result.ok) return { value: result.value, attempts: n };
      const failure: Failure =
        result.status === 0 ? { code: "provider_error", retry: true, reason: `network error: ${result.body.slice(0, 200)}` } : classifyFailure(result.status, result.body);
      if (!failure.retry) throw fail(failure, n, `not retried (attempt ${n})`);
      if (n >= policy.maxAttempts) throw fail(failure, n, `gave up after ${n} attempts (maxAttempts ${policy.maxAttempts})`);
      const delay = backoffDelay(n, result.retryAfter, policy, now());
      if (now() - started + delay >= deadlineMs) throw fail(failure, n, `no retry: waiting ${delay} ms would pass the ${deadlineMs} ms deadline (attempt ${n})`);
      try {
        await sleep(delay, ctrl.signal);
      } catch {
        throw aborted(n);
      }
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}

