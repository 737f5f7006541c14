// Model hubs for tests and evals. `offlineHub` is the real gateway hub on
// the offline provider with no ledger or cache; `scriptedHub` answers with
// fixed text (bad JSON, injected links) or throws a gateway refusal.
import { createModelHub, ModelCallError, offlineProvider, type CallRecord, type ModelCall, type ModelResult } from "@agentic-sales/shared/gateway";
import type { HubLike } from "../src/graphs/email-outreach/compose-touch.ts";

/**
 * The gateway's hub answering every call with its `offline()` composition.
 *
 * @example
 * await graph.invoke(input, { context: { services: { hub: offlineHub() } } });
 */
export const offlineHub = (): HubLike =>
  createModelHub({ env: {}, waitUntil: (p) => void p.catch(() => undefined), provider: offlineProvider(), cache: null });

const record = (call: ModelCall): CallRecord => ({
  callId: "test",
  at: new Date(0).toISOString(),
  provider: "openai-compatible",
  model: "scripted",
  graph: call.site.graph,
  node: call.site.node,
  promptVersion: call.site.promptVersion,
  feature: call.site.feature,
  user: null,
  tenant: null,
  inputTokens: 0,
  outputTokens: 0,
  cachedTokens: 0,
  costUsd: 0,
  priceTableVersion: "test",
  unpricedModel: false,
  latencyMs: 0,
  cacheHit: false,
  attempts: 1,
  runId: null,
  cacheErrors: 0,
});

/** A hub that answers `content` (or refuses with `code`) and keeps the calls it got. */
export function scriptedHub(answer: string | { refuse: ModelCallError["code"] }): HubLike & { calls: ModelCall[] } {
  const calls: ModelCall[] = [];
  return {
    calls,
    async complete(call: ModelCall): Promise<ModelResult> {
      calls.push(call);
      if (typeof answer !== "string") throw new ModelCallError(answer.refuse, "refused by the test");
      return { content: answer, record: record(call) };
    },
  };
}
