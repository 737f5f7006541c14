import { explicitRandomnessOf } from "./tracestate-ot.ts";
import { keepsByThreshold, randomnessOf, thresholdHex, thresholdOf } from "./consistent-probability.ts";

/** What the tail sampler needs to know about one span. */
export interface SpanSummary {
  readonly error: boolean;
  readonly durationMs: number;
}

/** One local trace at the end of a request: its id, tracestate and spans. */
export interface LocalTraceSummary {
  readonly traceId: string;
  readonly tracestate?: string;
  readonly spans: readonly SpanSummary[];
}

export interface TailSamplerConfig {
  /** Keep-probability of routine traces, 0..1 (`TRACE_SAMPLE_RATE`). */
  readonly probability: number;
  /** A trace at least this long is always kept (`TRACE_SLOW_MS`). */
  readonly slowMs: number;
}

export type TailReason = "error" | "slow" | "sampled" | "unsampled" | "sampler_failed";

export interface TailDecision {
  readonly keep: boolean;
  readonly reason: TailReason;
  /** The `th` to record in tracestate; `null` leaves tracestate as it was. */
  readonly th: string | null;
}

/**
 * The tail decision for one trace: always keep errors, always keep slow
 * traces, and keep routine ones by the consistent-probability rule on the
 * trace id. It never throws: if deciding fails the trace is kept, because
 * losing a trace to a sampler bug is worse than keeping one too many.
 *
 * Errors and slow traces record `th:0` (they were kept with probability 1,
 * so each stands for exactly one trace when counts are extrapolated).
 *
 * @example
 * decideTrace({ traceId, spans: [{ error: false, durationMs: 12 }] }, { probability: 0.1, slowMs: 2000 })
 * // { keep: false, reason: "unsampled", th: null }  — or "sampled" with th "e6666666666666"
 */
export function decideTrace(trace: LocalTraceSummary, config: TailSamplerConfig): TailDecision {
  try {
    if (trace.spans.some((s) => s.error)) return { keep: true, reason: "error", th: "0" };
    const longest = trace.spans.reduce((max, s) => Math.max(max, s.durationMs), 0);
    if (longest >= config.slowMs) return { keep: true, reason: "slow", th: "0" };
    const threshold = thresholdOf(config.probability);
    const randomness = explicitRandomnessOf(trace.tracestate) ?? randomnessOf(trace.traceId);
    return keepsByThreshold(randomness, threshold)
      ? { keep: true, reason: "sampled", th: thresholdHex(threshold) }
      : { keep: false, reason: "unsampled", th: null };
  } catch {
    return { keep: true, reason: "sampler_failed", th: null };
  }
}
