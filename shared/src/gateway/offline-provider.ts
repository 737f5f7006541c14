import { estimateInputTokens, estimateTokens } from "./estimate-tokens.ts";
import type { ModelProvider } from "./types.ts";

/** The model name the offline provider answers as; priced at 0 in the price table. */
export const OFFLINE_MODEL = "offline";

/**
 * Provider `"offline"`, the local default: returns `call.offline()` (the graph's
 * rule-based answer to the same input) with no network, so every graph, test
 * and eval runs deterministically. Token counts are estimates
 * ({@link estimateTokens}: ceil(chars / 4)) so the ledger, budgets and token
 * ceiling behave as they would with a real model.
 *
 * @example
 * const hub = createModelHub({ env, waitUntil, provider: offlineProvider() });
 */
export function offlineProvider(): ModelProvider {
  return {
    name: "offline",
    defaultModel: OFFLINE_MODEL,
    async chat(request, call, signal) {
      signal.throwIfAborted();
      const content = call.offline();
      return {
        content,
        model: OFFLINE_MODEL,
        usage: { input: estimateInputTokens(request.messages), output: estimateTokens(content), cached: 0 },
      };
    },
  };
}
