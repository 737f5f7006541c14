import type { ChatMessage, ProviderName, TokenUsage } from "./types.ts";

/**
 * The part of the Workers Cache API the response cache uses; `caches.default`
 * fits, and tests pass fakes (e.g. one whose calls throw).
 */
export type CacheLike = Pick<Cache, "match" | "put">;

/** Everything that decides an answer; two calls equal on all of it share a cache entry. */
export interface CanonicalRequest {
  readonly provider: ProviderName;
  readonly model: string;
  readonly temperature: number;
  readonly json: boolean;
  readonly maxOutputTokens: number;
  readonly promptVersion: string;
  readonly messages: readonly ChatMessage[];
}

/** A cached provider answer. */
export interface CachedAnswer {
  readonly content: string;
  readonly model: string;
  readonly usage: TokenUsage;
}

/**
 * SHA-256 (hex) of the canonical request: a fixed-order JSON array, so field
 * order and object shape cannot make equal requests differ. The prompt version
 * is part of the key so a prompt change never serves the old prompt's answers,
 * even when the rendered messages happen to match; `maxOutputTokens` is too,
 * because it can truncate the answer.
 *
 * @example
 * const key = await cacheKeyOf({ provider, model, temperature: 0, json: true, maxOutputTokens: 512, promptVersion: "reply-v1", messages });
 */
export async function cacheKeyOf(r: CanonicalRequest): Promise<string> {
  const canonical = JSON.stringify([
    "model-cache/v1", r.provider, r.model, r.temperature, r.json, r.maxOutputTokens, r.promptVersion,
    r.messages.map((m) => [m.role, m.content]),
  ]);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The synthetic URL a key is stored under. The Cache API keys on GET URLs; the
 * host never resolves and is not ours to serve, so nothing outside can read it.
 *
 * @example cacheUrlOf("ab12…"); // "https://model-cache.internal/v1/ab12…"
 */
export const cacheUrlOf = (key: string): string => `https://model-cache.internal/v1/${key}`;

/**
 * The exact-match response cache, on the Workers **Cache API**.
 *
 * Why the Cache API rather than KV: it is free (KV bills every write, and a
 * cache fills by writing), needs no binding or namespace per environment, and
 * expires entries by `Cache-Control: max-age` with no cleanup; it is per colo,
 * which fits repeated identical requests (evals, retries, re-runs) that land
 * where they ran before. KV would be global but eventually consistent (~60 s)
 * and billed per write. Caveat: Cache API calls are no-ops on `*.workers.dev`
 * and in previews, so there every call is a miss — which is safe, only slower.
 *
 * The cache fails open: a lookup or store that throws (or a corrupt entry) is
 * counted in `errors` and the call proceeds uncached. It never fails a call.
 *
 * @example
 * const cache = new ResponseCache(caches.default);
 * const { answer } = await cache.get(key); // undefined on a miss or an error
 * await cache.put(key, answer, 86_400);
 */
export class ResponseCache {
  /** Lookups and stores that threw (or found a corrupt entry) since this object was made. */
  errors = 0;

  constructor(private readonly cache: CacheLike) {}

  /** The cached answer, if any; `failed` when the lookup threw (counted, treated as a miss). */
  async get(key: string): Promise<{ answer: CachedAnswer | undefined; failed: boolean }> {
    try {
      const response = await this.cache.match(cacheUrlOf(key));
      if (!response) return { answer: undefined, failed: false };
      const answer = (await response.json()) as CachedAnswer;
      if (typeof answer?.content !== "string" || typeof answer.model !== "string" || typeof answer.usage?.input !== "number") {
        throw new Error("corrupt cache entry");
      }
      return { answer, failed: false };
    } catch {
      this.errors++;
      return { answer: undefined, failed: true };
    }
  }

  /** Stores `answer` for `ttlSeconds`; a store that throws is counted and dropped. */
  async put(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void> {
    try {
      const body = JSON.stringify({ content: answer.content, model: answer.model, usage: answer.usage });
      await this.cache.put(
        cacheUrlOf(key),
        new Response(body, { headers: { "content-type": "application/json", "cache-control": `max-age=${ttlSeconds}` } }),
      );
    } catch {
      this.errors++;
    }
  }
}
