import type { CacheLike } from "../../shared/src/gateway/response-cache.ts";
import type { CostLedger } from "../../shared/src/gateway/cost-ledger.ts";
import type { ModelCall, ModelProvider } from "../../shared/src/gateway/types.ts";

/**
 * An in-memory Cache API stand-in: stores each body as text and answers a new
 * `Response` per match, as `caches.default` does. Ignores `max-age` (a bench
 * run is far shorter than any TTL).
 *
 * @example
 * createModelHub({ env, waitUntil, cache: memoryCache() });
 */
export function memoryCache(): CacheLike {
  const store = new Map<string, { body: string; headers: [string, string][] }>();
  return {
    async match(request) {
      const hit = store.get(typeof request === "string" ? request : (request as Request).url);
      return hit ? new Response(hit.body, { headers: hit.headers }) : undefined;
    },
    async put(request, response) {
      store.set(typeof request === "string" ? request : (request as Request).url, { body: await response.text(), headers: [...response.headers] });
    },
  } as CacheLike;
}

/** A cache whose every call throws: the hub must fail open (count it, call the provider). */
export function throwingCache(): CacheLike {
  return {
    match: async () => {
      throw new Error("cache unavailable");
    },
    put: async () => {
      throw new Error("cache unavailable");
    },
  } as CacheLike;
}

/**
 * A D1 that answers the budget query with no spend. The hub needs a `DB` for
 * any non-offline provider (budgets); reads are then cached per isolate.
 */
export function zeroSpendD1(): D1Database {
  const statement = { bind: () => statement, all: async () => ({ results: [] }), first: async () => null, run: async () => ({}) };
  return { prepare: () => statement, batch: async () => [] } as unknown as D1Database;
}

/** A ledger that accepts every batch and reports no budget crossing. */
export const noopLedger: CostLedger = { write: async () => ({ crossings: [] }) };

/**
 * A "network" provider that answers at once with a fixed JSON body, so the
 * hub takes its cache path (the offline provider is never cached) and the
 * numbers measure the hub, not a network.
 *
 * @example
 * const provider = instantProvider('{"country":"DE"}');
 */
export function instantProvider(content: string): ModelProvider {
  return {
    name: "openai-compatible",
    defaultModel: "gpt-4o-mini",
    async chat(_request, _call: ModelCall, signal) {
      signal.throwIfAborted();
      return { content, model: "gpt-4o-mini", usage: { input: 120, output: 12, cached: 0 }, attempts: 1 };
    },
  };
}
