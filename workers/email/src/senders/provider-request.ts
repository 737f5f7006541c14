import { failureKindOf, retryAfterMs, SendFailure } from "./send-failure.ts";

/** How one provider's HTTP endpoint is reached; the token never leaves this object except in the Authorization header. */
export interface ProviderHttp {
  /** API origin without a trailing slash, e.g. `https://gmail.googleapis.com`. */
  readonly apiUrl: string;
  readonly token: string;
  /** Default 20 s: a send that takes longer is reported as `unknown`, never retried. */
  readonly timeoutMs?: number;
  /** Test seam; default the global fetch. */
  readonly fetch?: typeof fetch;
}

/** A provider's error body reduced to a code and a message. */
export type ErrorOf = (json: unknown) => { code: string; message: string };

/**
 * POSTs to a provider. A request that never got an answer (network error,
 * timeout) throws an `unknown` SendFailure: the provider may have accepted it.
 *
 * @example
 * const res = await providerPost("gmail", http, "/gmail/v1/users/me/messages/send", { "content-type": "application/json" }, body);
 */
export async function providerPost(provider: string, http: ProviderHttp, path: string, headers: Record<string, string>, body: string): Promise<Response> {
  const doFetch = http.fetch ?? fetch;
  try {
    return await doFetch(`${http.apiUrl.replace(/\/+$/, "")}${path}`, {
      method: "POST",
      headers: { ...headers, authorization: `Bearer ${http.token}` },
      body,
      signal: AbortSignal.timeout(http.timeoutMs ?? 20_000),
    });
  } catch (e) {
    const code = (e as Error)?.name === "TimeoutError" ? "timeout" : "network";
    throw new SendFailure(provider, "unknown", null, code, `${provider}: no answer (${code}); the message may or may not have been sent.`);
  }
}

/**
 * The SendFailure of a non-2xx answer, with the provider's error code.
 *
 * @example
 * if (!res.ok) throw await failureOf("gmail", res, gmailErrorOf);
 */
export async function failureOf(provider: string, res: Response, errorOf: ErrorOf): Promise<SendFailure> {
  const json: unknown = await res.json().catch(() => null);
  const { code, message } = errorOf(json);
  return new SendFailure(
    provider,
    failureKindOf(res.status),
    res.status,
    code || `http_${res.status}`,
    `${provider} answered ${res.status} ${code || ""}: ${message.slice(0, 200)}`.replace(/\s+:/, ":"),
    retryAfterMs(res.headers.get("retry-after"), Date.now()),
  );
}

/** Reads `o[key]` as a string, else "". */
export const stringAt = (o: unknown, key: string): string => {
  const v = o && typeof o === "object" ? (o as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
};
