import { ModelCallError, type ChatRequest, type ModelCall, type ModelProvider, type ProviderResponse } from "../types.ts";
import { aiGatewayMetadata } from "./ai-gateway.ts";
import { envOptional, envString, envSwitch } from "./env.ts";
import { usageOf } from "./openai-wire.ts";
import { withRetries, type AttemptedResponse, type AttemptFailure, type RetryPolicy, type Sleep } from "./retry.ts";

/**
 * The slice of the `Ai` binding this provider uses, so tests pass a hand-made
 * object: the binding has no local simulator and is never needed in dev or tests.
 */
export interface WorkersAiBinding {
  run(model: string, inputs: Record<string, unknown>, options?: { gateway?: Record<string, unknown>; signal?: AbortSignal }): Promise<unknown>;
}

export interface WorkersAiOptions {
  readonly binding: WorkersAiBinding;
  /** e.g. `@cf/meta/llama-3.3-70b-instruct-fp8-fast`, or `openai/gpt-4.1-mini` through the gateway. */
  readonly model: string;
  /** AI Gateway id; when set the call goes through it, with the call site as metadata. */
  readonly gatewayId?: string;
  readonly jsonMode?: boolean;
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: Sleep;
}

// Workers AI internal error code → HTTP status (developers.cloudflare.com/workers-ai/platform/errors).
const STATUS_OF_CODE: Readonly<Record<number, number>> = {
  3003: 400, 3006: 413, 3007: 408, 3008: 408, 3023: 403, 3036: 429, 3039: 400, 3040: 429, 3041: 403, 3042: 404,
  5004: 400, 5005: 405, 5007: 400, 5016: 403, 5018: 403, 5019: 405,
};

/**
 * Maps an error thrown by `env.AI.run` (message like `"3040: Capacity temporarily exceeded"`)
 * to an HTTP-style failure; unknown errors count as retryable 500s.
 *
 * @example
 * bindingFailure(new Error("3036: Account limited")); // { ok: false, status: 429, body: '{"errors":[{"code":3036,…}]}', retryAfter: null }
 */
export function bindingFailure(error: unknown): AttemptFailure {
  const message = error instanceof Error ? error.message : String(error);
  const code = Number(/\b([35]\d{3})\b/.exec(message)?.[1]);
  const status = STATUS_OF_CODE[code] ?? 500;
  return { ok: false, status, body: JSON.stringify({ errors: [{ code: Number.isNaN(code) ? undefined : code, message }] }), retryAfter: null };
}

/**
 * A provider on the Workers AI binding (`env.AI.run`). Off by default: choose it
 * with `LLM_PROVIDER="workers-ai"`.
 *
 * @example
 * const provider = workersAiProvider({ binding: env.AI, model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast", gatewayId: "default" });
 */
export function workersAiProvider(options: WorkersAiOptions): ModelProvider {
  return {
    name: "workers-ai",
    defaultModel: options.model,
    async chat(request: ChatRequest, call: ModelCall, signal: AbortSignal): Promise<AttemptedResponse> {
      const label = `workers-ai model "${request.model}"`;
      const inputs = {
        messages: request.messages.map(({ role, content }) => ({ role, content })),
        max_tokens: request.maxOutputTokens,
        temperature: request.temperature,
        ...(request.json && (options.jsonMode ?? true) ? { response_format: { type: "json_object" } } : {}),
      };
      const gateway = options.gatewayId ? { gateway: { id: options.gatewayId, metadata: aiGatewayMetadata(call.site) } } : {};
      const { value, attempts } = await withRetries<ProviderResponse>(
        async (attemptSignal) => {
          let out: unknown;
          try {
            out = await options.binding.run(request.model, inputs, { ...gateway, signal: attemptSignal });
          } catch (e) {
            if (attemptSignal.aborted) throw e;
            return bindingFailure(e);
          }
          const o = (typeof out === "object" && out !== null ? out : {}) as Record<string, unknown>;
          // JSON mode on some models returns `response` already parsed.
          const content = typeof o.response === "string" ? o.response : typeof o.response === "object" && o.response !== null ? JSON.stringify(o.response) : undefined;
          if (content === undefined) throw new ModelCallError("provider_error", `${label}: result has no "response" field`);
          return { ok: true, value: { content, usage: usageOf(o.usage), model: request.model } };
        },
        { label, policy: options.retry, deadlineMs: call.deadlineMs, signal, sleep: options.sleep },
      );
      return { ...value, attempts };
    },
  };
}

/** The env vars and binding `workersAiFromEnv` reads. */
export interface WorkersAiEnv {
  readonly AI?: WorkersAiBinding;
  readonly LLM_MODEL?: string;
  /** AI Gateway id to route through. */
  readonly WORKERS_AI_GATEWAY?: string;
  readonly LLM_JSON_MODE?: string;
}

/**
 * Builds the provider from env: the `AI` binding, `LLM_MODEL`, optional
 * `WORKERS_AI_GATEWAY` (gateway id) and `LLM_JSON_MODE`.
 *
 * @example
 * workersAiFromEnv(env); // throws misconfigured when env.AI is absent
 */
export function workersAiFromEnv(env: WorkersAiEnv): ModelProvider {
  if (!env.AI || typeof env.AI.run !== "function") {
    throw new ModelCallError("misconfigured", 'binding "AI" is required when LLM_PROVIDER="workers-ai" (add `ai = { binding = "AI" }` to wrangler.toml)');
  }
  return workersAiProvider({
    binding: env.AI,
    model: envString(env, "LLM_MODEL", 'LLM_PROVIDER="workers-ai"'),
    gatewayId: envOptional(env, "WORKERS_AI_GATEWAY"),
    jsonMode: envSwitch(env, "LLM_JSON_MODE", true),
  });
}
