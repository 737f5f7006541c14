import type { FeaturePillar } from "../registry/graph-spec.ts";

/**
 * The model gateway's public types. Every LLM call of every graph goes through
 * `ModelHub.complete(call)`; graphs never import a provider client.
 */

/** Only `system` may hold instructions; untrusted text is always `user` data. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

/** What goes to a provider. `model` is the provider's model name. */
export interface ChatRequest {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature: number;
  readonly maxOutputTokens: number;
  /** Ask for a JSON object (OpenAI `response_format: {type:"json_object"}` where supported). */
  readonly json: boolean;
}

export interface TokenUsage {
  readonly input: number;
  readonly output: number;
  /** Input tokens served from the provider's prompt cache (included in `input`). */
  readonly cached: number;
}

/** A provider's answer to one request. */
export interface ProviderResponse {
  readonly content: string;
  readonly usage: TokenUsage;
  /** The model that answered, as the provider reports it. */
  readonly model: string;
  /** HTTP attempts it took (retries included); absent for providers that use no network. */
  readonly attempts?: number;
}

/** Names of the provider implementations, chosen by `LLM_PROVIDER`. */
export type ProviderName = "offline" | "openai-compatible" | "workers-ai" | "replay";

/** One provider behind the hub. Implementations throw `ModelCallError`s. */
export interface ModelProvider {
  readonly name: ProviderName;
  /** Default model when the call does not name one. */
  readonly defaultModel: string;
  chat(request: ChatRequest, call: ModelCall, signal: AbortSignal): Promise<ProviderResponse>;
}

/** Who and what a call is for: stamped on the telemetry record and ledger row. */
export interface CallSite {
  readonly graph: string;
  readonly node: string;
  readonly promptVersion: string;
  readonly feature: FeaturePillar | "uncategorized";
  readonly user?: string;
  readonly tenant?: string;
  readonly runId?: string;
}

/** One call to the hub. */
export interface ModelCall {
  readonly site: CallSite;
  readonly messages: readonly ChatMessage[];
  readonly model?: string;
  /** Default 0. Calls at temperature 0 (or `cacheable: true`) use the exact-match cache. */
  readonly temperature?: number;
  readonly cacheable?: boolean;
  readonly maxOutputTokens?: number;
  readonly json?: boolean;
  /**
   * The deterministic answer the offline provider returns for this call: the
   * graph's rule-based classifier or template composer, run on the same input.
   * Every call supplies it, so the whole fleet runs with no network.
   */
  readonly offline: () => string;
  /** Hard deadline for this call (per timeout class), ms. */
  readonly deadlineMs?: number;
}

/** The telemetry record of every call, returned to the graph and written to the ledger. */
export interface CallRecord {
  readonly callId: string;
  readonly at: string;
  readonly provider: ProviderName;
  readonly model: string;
  readonly graph: string;
  readonly node: string;
  readonly promptVersion: string;
  readonly feature: string;
  readonly user: string | null;
  readonly tenant: string | null;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cachedTokens: number;
  /** USD from the versioned price table; `null` when the model is not priced (never 0 by guess). */
  readonly costUsd: number | null;
  readonly priceTableVersion: string;
  readonly unpricedModel: boolean;
  readonly latencyMs: number;
  readonly cacheHit: boolean;
  /** 1 for a first call; 2 for the repair call `completeJson` makes after invalid output. */
  readonly attempts: number;
  /** The graph run this call belongs to (`site.runId`), for joining ledger rows to traces. */
  readonly runId: string | null;
  /** Exact-match cache lookups of this call that failed (0 or 1); the call went to the provider instead. */
  readonly cacheErrors: number;
}

export interface ModelResult {
  readonly content: string;
  readonly record: CallRecord;
}

/** Stable codes of gateway failures; graphs turn them into skip reasons. */
export type ModelErrorCode =
  | "kill_switch"
  | "budget_exceeded"
  | "token_ceiling"
  | "spend_limit"
  | "rate_limited"
  | "provider_error"
  | "timeout"
  | "replay_miss"
  | "invalid_output"
  | "misconfigured";

/** Typed gateway failure. Match on `name`/`code`, not instanceof (crosses bundles). */
export class ModelCallError extends Error {
  override readonly name = "ModelCallError";
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

export const isModelCallError = (e: unknown): e is ModelCallError =>
  e instanceof Error && e.name === "ModelCallError" && "code" in e;
