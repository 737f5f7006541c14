import type { CallRecord } from "../gateway/types.ts";
import { ATTR } from "./attributes.ts";

/**
 * The graph span's cost attributes from its model calls' records: calls,
 * summed model latency and cost. Cost stays unset when any call was unpriced,
 * because a partial sum would under-report (the hub never guesses 0 either).
 *
 * @example
 * costRollup([{ costUsd: 0.002, latencyMs: 310, … }, { costUsd: 0.001, latencyMs: 120, … }])
 * // { "agentic_sales.llm_calls": 2, "agentic_sales.llm_latency_ms": 430, "agentic_sales.cost_usd": 0.003 }
 */
export function costRollup(records: readonly Pick<CallRecord, "costUsd" | "latencyMs">[]): Record<string, number> {
  const out: Record<string, number> = { [ATTR.llmCalls]: records.length, [ATTR.llmLatencyMs]: records.reduce((n, r) => n + r.latencyMs, 0) };
  if (records.every((r) => r.costUsd !== null)) out[ATTR.costUsd] = Number(records.reduce((n, r) => n + (r.costUsd ?? 0), 0).toFixed(8));
  return out;
}

/**
 * A model-call span's attributes from the hub's record: call shape and cost.
 *
 * @example
 * callRecordAttributes(record)["gen_ai.usage.input_tokens"] // 812
 */
export function callRecordAttributes(record: CallRecord, all: readonly CallRecord[] = [record]): Record<string, string | number | boolean | undefined> {
  // A JSON call with a repair attempt is one span: tokens, cost and latency sum its attempts.
  const sum = (pick: (r: CallRecord) => number) => all.reduce((n, r) => n + pick(r), 0);
  return {
    [ATTR.model]: record.model,
    [ATTR.provider]: record.provider,
    [ATTR.promptVersion]: record.promptVersion,
    [ATTR.node]: record.node,
    [ATTR.graph]: record.graph,
    [ATTR.feature]: record.feature,
    [ATTR.inputTokens]: sum((r) => r.inputTokens),
    [ATTR.outputTokens]: sum((r) => r.outputTokens),
    [ATTR.costUsd]: all.every((r) => r.costUsd !== null) ? Number(sum((r) => r.costUsd ?? 0).toFixed(8)) : undefined,
    [ATTR.llmLatencyMs]: sum((r) => r.latencyMs),
    [ATTR.llmCalls]: all.length,
    [ATTR.cacheHit]: all.every((r) => r.cacheHit),
  };
}
