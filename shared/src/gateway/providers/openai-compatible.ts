// Client choice: a hand-written fetch client, not `@langchain/openai`'s ChatOpenAI.
//
// Measured with esbuild 0.28.2 (--bundle --minify --format=esm --platform=neutral
// --conditions=workerd,worker,browser, node:* external), @langchain/openai 1.6.0 +
// openai 7.57.0 over our pinned @langchain/core 1.4.0 / @langchain/langgraph 1.7.3:
//   ChatOpenAI alone                      1,551,848 B min / 362,558 B gzip
//   LangGraph (StateGraph) alone          1,372,490 B min / 346,267 B gzip
//   LangGraph + ChatOpenAI                1,898,556 B min / 463,603 B gzip
//     → ChatOpenAI adds 526,066 B min / 117,336 B gzip to a Worker that already has LangGraph
//   this file with retry, wire, AI Gateway     6,935 B min /   3,095 B gzip
//   createProvider (all four providers)       11,853 B min /   4,775 B gzip
// Verified under `wrangler dev --local` (workerd, nodejs_compat) against
// test/fakes/openai-server.ts: ChatOpenAI works on Workers, and `maxRetries: 0`
// turns its retries off (one request on a 503; with maxRetries 2 it retried after
// ~1.8 s of randomised exponential backoff). We still skip it: +117 KB gzip in every
// Worker that calls a model, its errors reshape the body we classify spend limits
// by, and the hub, not LangChain, owns retries and the telemetry record. We give up
// LangSmith's automatic LLM-run trace of the call; the hub's CallRecord carries
// the same model, tokens and latency.
import { ModelCallError, type ChatRequest, type ModelCall, type ModelProvider, type ProviderName, type ProviderResponse } from "../types.ts";
import { aiGatewayHeaders, isAiGatewayUrl, type AiGatewayOptions } from "./ai-gateway.ts";
import { envInt, envOptional, envString, envSwitch } from "./env.ts";
import { chatBody, parseCompletion, type MaxTokensField } from "./openai-wire.ts";
import { withRetries, type AttemptedResponse, type RetryPolicy, type Sleep } from "./retry.ts";

export interface OpenAICompatibleOptions {
  /** Up to and without `/chat/completions`: `https://api.openai.com/v1`, `…/{gateway}/compat`, `http://127.0.0.1:11434/v1`. */
  readonly baseUrl: string;
  /** Provider key for `Authorization: Bearer`; omitted when absent (Ollama, AI Gateway unified billing). */
  readonly apiKey?: string;
  /** Default model; `provider/model` (e.g. `openai/gpt-4o-mini`) on the AI Gateway compat endpoint. */
  readonly model: string;
  /** Default true; false for servers that reject `response_format`. */
  readonly jsonMode?: boolean;
  readonly maxTokensField?: MaxTokensField;
  /** AI Gateway headers; sent only when set or when `baseUrl` is an AI Gateway URL. */
  readonly aiGateway?: AiGatewayOptions;
  readonly retry?: Partial<RetryPolicy>;
  /** Injected by tests. */
  readonly fetch?: typeof fetch;
  readonly sleep?: Sleep;
}

/**
 * A provider for any OpenAI-compatible chat-completions server: OpenAI, DeepSeek,
 * Cloudflare AI Gateway's compat endpoint, Ollama, vLLM, llama.cpp's server.
 *
 * @example
 * const provider = openAICompatibleProvider({ baseUrl: "https://api.deepseek.com/v1", apiKey: env.LLM_API_KEY, model: "deepseek-chat" });
 */
export function openAICompatibleProvider(options: OpenAICompatibleOptions): ModelProvider {
  const base = options.baseUrl.replace(/\/+$/, "");
  const url = `${base}/chat/completions`;
  const gateway = options.aiGateway ?? (isAiGatewayUrl(base) ? {} : undefined);
  const host = new URL(base).host;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const name: ProviderName = "openai-compatible";
  return {
    name,
    defaultModel: options.model,
    async chat(request: ChatRequest, call: ModelCall, signal: AbortSignal): Promise<AttemptedResponse> {
      const label = `${name} (${host}) model "${request.model}"`;
      const headers: Record<string, string> = {
        "content-type": "application/json",
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        ...(gateway ? aiGatewayHeaders(gateway, call.site) : {}),
      };
      const body = JSON.stringify(chatBody(request, { jsonMode: options.jsonMode ?? true, maxTokensField: options.maxTokensField }));
      const { value, attempts } = await withRetries<ProviderResponse>(
        async (attemptSignal) => {
          const res = await doFetch(url, { method: "POST", headers, body, signal: attemptSignal });
          const text = await res.text();
          if (!res.ok) return { ok: false, status: res.status, body: text, retryAfter: res.headers.get("retry-after") };
          return { ok: true, value: parseCompletion(text, label, request.model) };
        },
        { label, policy: options.retry, deadlineMs: call.deadlineMs, signal, sleep: options.sleep },
      );
      return { ...value, attempts };
    },
  };
}

/** The env vars `openAICompatibleFromEnv` reads; `LLM_API_KEY` and `CF_AIG_TOKEN` are secrets. */
export interface OpenAICompatibleEnv {
  readonly LLM_BASE_URL?: string;
  readonly LLM_API_KEY?: string;
  readonly LLM_MODEL?: string;
  readonly LLM_JSON_MODE?: string;
  readonly CF_AIG_TOKEN?: string;
  readonly CF_AIG_CACHE_TTL?: string;
  readonly CF_AIG_SKIP_CACHE?: string;
}

/**
 * Builds the provider from env: `LLM_BASE_URL`, `LLM_MODEL` (required), `LLM_API_KEY`
 * (secret), `CF_AIG_TOKEN`, `LLM_JSON_MODE` (on/off, default on), `CF_AIG_CACHE_TTL`,
 * `CF_AIG_SKIP_CACHE` (on/off).
 *
 * @example
 * openAICompatibleFromEnv({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "llama3.1:8b", LLM_JSON_MODE: "off" });
 */
export function openAICompatibleFromEnv(env: OpenAICompatibleEnv, overrides: Partial<OpenAICompatibleOptions> = {}): ModelProvider {
  const why = 'LLM_PROVIDER="openai-compatible"';
  const baseUrl = envString(env, "LLM_BASE_URL", why);
  try {
    new URL(baseUrl);
  } catch {
    throw new ModelCallError("misconfigured", `"LLM_BASE_URL" must be an absolute URL, got ${JSON.stringify(baseUrl)}`);
  }
  const token = envOptional(env, "CF_AIG_TOKEN");
  const cacheTtlSeconds = envInt(env, "CF_AIG_CACHE_TTL");
  const skipCache = envSwitch(env, "CF_AIG_SKIP_CACHE", false);
  const wantsGateway = token !== undefined || cacheTtlSeconds !== undefined || skipCache || isAiGatewayUrl(baseUrl);
  return openAICompatibleProvider({
    baseUrl,
    apiKey: envOptional(env, "LLM_API_KEY"),
    model: envString(env, "LLM_MODEL", why),
    jsonMode: envSwitch(env, "LLM_JSON_MODE", true),
    ...(wantsGateway ? { aiGateway: { token, cacheTtlSeconds, skipCache } } : {}),
    ...overrides,
  });
}
