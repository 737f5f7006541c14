import { describe, expect, it } from "vitest";
import type { ModelErrorCode } from "../types.ts";
import { backoffDelay, classifyFailure, DEFAULT_RETRY_POLICY, parseRetryAfter, withRetries, type Attempt } from "./retry.ts";

const NOW = Date.parse("2026-11-24T12:00:00Z");

describe("parseRetryAfter", () => {
  const CASES: { value: string | null; ms: number | null; description: string }[] = [
    { value: null, ms: null, description: "absent" },
    { value: "", ms: null, description: "empty" },
    { value: "3", ms: 3000, description: "delta-seconds" },
    { value: "0.5", ms: 500, description: "fractional seconds (some gateways send them)" },
    { value: "Tue, 24 Nov 2026 12:00:02 GMT", ms: 2000, description: "HTTP-date in the future" },
    { value: "Tue, 24 Nov 2026 11:59:00 GMT", ms: 0, description: "HTTP-date in the past waits 0" },
    { value: "-1", ms: null, description: "negative is not delta-seconds" },
    { value: "soon", ms: null, description: "garbage is ignored" },
  ];
  it.each(CASES)("$description", ({ value, ms }) => expect(parseRetryAfter(value, NOW)).toBe(ms));
});

describe("backoffDelay", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, stepMs: 250, maxDelayMs: 2_000 };
  const CASES: { attempt: number; retryAfter: string | null; ms: number; description: string }[] = [
    { attempt: 1, retryAfter: null, ms: 250, description: "first wait is one step" },
    { attempt: 2, retryAfter: null, ms: 500, description: "additive: two steps" },
    { attempt: 3, retryAfter: null, ms: 750, description: "additive: three steps" },
    { attempt: 2, retryAfter: "1", ms: 1500, description: "Retry-After adds to the step" },
    { attempt: 1, retryAfter: "60", ms: 2000, description: "capped at maxDelayMs" },
    { attempt: 20, retryAfter: null, ms: 2000, description: "steps alone are capped too" },
    { attempt: 1, retryAfter: "nonsense", ms: 250, description: "bad Retry-After is ignored" },
  ];
  it.each(CASES)("$description", ({ attempt, retryAfter, ms }) => expect(backoffDelay(attempt, retryAfter, policy, NOW)).toBe(ms));

  it.each([0, -1, 1.5])("rejects attempt %j", (attempt) => expect(() => backoffDelay(attempt, null)).toThrow(/"attempt" must be an integer/));
});

describe("classifyFailure", () => {
  const openai = (code: string, type = "requests") => JSON.stringify({ error: { message: "m", type, code } });
  const CASES: { status: number; body: string; code: ModelErrorCode; retry: boolean; description: string }[] = [
    { status: 429, body: openai("rate_limit_exceeded"), code: "rate_limited", retry: true, description: "plain rate limit" },
    { status: 429, body: "", code: "rate_limited", retry: true, description: "429 with no body" },
    { status: 429, body: openai("insufficient_quota", "insufficient_quota"), code: "spend_limit", retry: false, description: "OpenAI insufficient_quota" },
    { status: 429, body: openai("project_spend_limit_exceeded"), code: "spend_limit", retry: false, description: "OpenAI project hard limit" },
    { status: 429, body: openai("organization_spend_limit_exceeded"), code: "spend_limit", retry: false, description: "OpenAI organization hard limit" },
    { status: 429, body: JSON.stringify({ success: false, error: [{ code: 2041, message: "Spend limit exceeded" }] }), code: "spend_limit", retry: false, description: "AI Gateway spend-limit rule (array shape)" },
    { status: 429, body: JSON.stringify({ success: false, error: { message: "Gateway spend limit reached" } }), code: "spend_limit", retry: false, description: "AI Gateway spend-limit rule (object shape)" },
    { status: 429, body: JSON.stringify({ errors: [{ code: 3036, message: "Account limited" }] }), code: "spend_limit", retry: false, description: "Workers AI daily allocation spent" },
    { status: 429, body: JSON.stringify({ errors: [{ code: 3040, message: "Out of capacity" }] }), code: "rate_limited", retry: true, description: "Workers AI out of capacity is transient" },
    { status: 429, body: JSON.stringify({ error: { message: "exceeded token rate limit of your current quota tier" } }), code: "rate_limited", retry: true, description: "a throttle that mentions 'quota' is still a throttle" },
    { status: 402, body: "", code: "spend_limit", retry: false, description: "402 Payment Required" },
    { status: 500, body: "", code: "provider_error", retry: true, description: "500" },
    { status: 502, body: "<html>bad gateway</html>", code: "provider_error", retry: true, description: "502 with an HTML body" },
    { status: 503, body: openai("overloaded"), code: "provider_error", retry: true, description: "503" },
    { status: 400, body: openai("invalid_request_error"), code: "provider_error", retry: false, description: "400 is not retried" },
    { status: 401, body: openai("invalid_api_key"), code: "provider_error", retry: false, description: "401 is not retried" },
    { status: 404, body: "", code: "provider_error", retry: false, description: "404 is not retried" },
  ];
  it.each(CASES)("$description", ({ status, body, code, retry }) => {
    const f = classifyFailure(status, body);
    expect({ code: f.code, retry: f.retry }).toEqual({ code, retry });
    expect(f.reason).toMatch(new RegExp(`^HTTP ${status}`));
  });

  it("names the provider's code and message in the reason", () => {
    expect(classifyFailure(429, openai("project_spend_limit_exceeded")).reason).toBe("HTTP 429 project_spend_limit_exceeded: m");
  });
});

describe("withRetries", () => {
  const fail = (status: number, retryAfter: string | null = null): Attempt<string> => ({ ok: false, status, body: "", retryAfter });
  const run = (outcomes: Attempt<string>[], extra: { deadlineMs?: number; maxAttempts?: number } = {}) => {
    const waits: number[] = [];
    let n = 0;
    const promise = withRetries(async () => outcomes[n++] ?? { ok: true, value: "late" }, {
      label: "test",
      policy: { stepMs: 1, maxDelayMs: 50, maxAttempts: extra.maxAttempts ?? 4 },
      deadlineMs: extra.deadlineMs,
      sleep: async (ms) => void waits.push(ms),
    });
    return { promise, waits, calls: () => n };
  };

  it("returns the value and the attempt count", async () => {
    const r = run([fail(503), fail(429), { ok: true, value: "x" }]);
    await expect(r.promise).resolves.toEqual({ value: "x", attempts: 3 });
    expect(r.waits).toEqual([1, 2]);
  });

  it("stops at maxAttempts with the last failure's code", async () => {
    const r = run([fail(500), fail(500), fail(500)], { maxAttempts: 3 });
    await expect(r.promise).rejects.toMatchObject({ code: "provider_error", message: expect.stringMatching(/gave up after 3 attempts/) });
    expect(r.calls()).toBe(3);
  });

  it("does not wait past the deadline", async () => {
    const r = run([fail(429, "10")], { deadlineMs: 5_000 });
    // 1 step + 10 s Retry-After capped at 50 ms fits; a real 10 s wait would not.
    await expect(r.promise).resolves.toEqual({ value: "late", attempts: 2 });
    const tight = run([fail(429)], { deadlineMs: 1 });
    await expect(tight.promise).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/would pass the 1 ms deadline/) });
  });

  it("treats a thrown network error as a retryable provider error", async () => {
    let n = 0;
    const result = await withRetries(
      async () => {
        if (n++ === 0) throw new TypeError("fetch failed");
        return { ok: true, value: 1 };
      },
      { label: "t", policy: { stepMs: 1 }, sleep: async () => {} },
    );
    expect(result.attempts).toBe(2);
  });

  it("a caller abort is a timeout unless it carries a ModelCallError", async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(withRetries(async () => ({ ok: true, value: 1 }), { label: "t", signal: ctrl.signal })).rejects.toMatchObject({ code: "timeout", message: expect.stringMatching(/aborted by the caller/) });
  });
});
