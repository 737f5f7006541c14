import { ModelCallError, type ChatRequest, type ProviderResponse, type TokenUsage } from "../types.ts";

/** Which field carries the output cap: OpenAI's reasoning models reject `max_tokens`. */
export type MaxTokensField = "max_tokens" | "max_completion_tokens";

export interface ChatBodyOptions {
  /** Send `response_format: {type:"json_object"}` when the request asks for JSON (off for servers that reject it). */
  readonly jsonMode: boolean;
  readonly maxTokensField?: MaxTokensField;
}

/**
 * The OpenAI chat-completions request body for a `ChatRequest`.
 *
 * @example
 * chatBody({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], temperature: 0, maxOutputTokens: 64, json: true }, { jsonMode: true });
 * // { model: "gpt-4o-mini", messages: […], temperature: 0, max_tokens: 64, response_format: { type: "json_object" } }
 */
export function chatBody(request: ChatRequest, options: ChatBodyOptions): Record<string, unknown> {
  return {
    model: request.model,
    messages: request.messages.map(({ role, content }) => ({ role, content })),
    temperature: request.temperature,
    [options.maxTokensField ?? "max_tokens"]: request.maxOutputTokens,
    ...(request.json && options.jsonMode ? { response_format: { type: "json_object" } } : {}),
  };
}

const count = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0);

/**
 * OpenAI `usage` → `TokenUsage`; missing fields count 0 (llama.cpp and some vLLM
 * builds omit `prompt_tokens_details`).
 *
 * @example
 * usageOf({ prompt_tokens: 10, completion_tokens: 5, prompt_tokens_details: { cached_tokens: 4 } }); // { input: 10, output: 5, cached: 4 }
 */
export function usageOf(usage: unknown): TokenUsage {
  const u = (typeof usage === "object" && usage !== null ? usage : {}) as Record<string, unknown>;
  const details = (typeof u.prompt_tokens_details === "object" && u.prompt_tokens_details !== null ? u.prompt_tokens_details : {}) as Record<string, unknown>;
  return { input: count(u.prompt_tokens), output: count(u.completion_tokens), cached: count(details.cached_tokens) };
}

/**
 * Parses a 2xx chat-completions body. A malformed body is a `provider_error`
 * that is not retried: the provider has usually billed the call already.
 *
 * @example
 * parseCompletion('{"model":"m","choices":[{"message":{"content":"hi"}}],"usage":{}}', "openai", "m"); // { content: "hi", model: "m", usage: {…} }
 */
export function parseCompletion(text: string, label: string, requestedModel: string): ProviderResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ModelCallError("provider_error", `${label}: 2xx response body is not JSON (starts ${JSON.stringify(text.slice(0, 60))})`);
  }
  const o = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const choice = Array.isArray(o.choices) ? (o.choices[0] as Record<string, unknown> | undefined) : undefined;
  const message = choice?.message as Record<string, unknown> | undefined;
  if (typeof message?.content !== "string") {
    throw new ModelCallError("provider_error", `${label}: response has no string "choices[0].message.content" (finish_reason ${JSON.stringify(choice?.finish_reason ?? null)})`);
  }
  return { content: message.content, usage: usageOf(o.usage), model: typeof o.model === "string" ? o.model : requestedModel };
}
