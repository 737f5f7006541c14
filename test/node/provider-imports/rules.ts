/**
 * Module specifiers of model-provider clients. Graphs reach models only
 * through the hub (`config.context.services.hub`): kill switch, budgets, token
 * ceiling, cache, ledger and the offline answer all live there.
 */
export const PROVIDER_MODULES: readonly RegExp[] = [
  /^openai(\/|$)/,
  /^@langchain\/(openai|anthropic|google-genai|mistralai|groq|cohere|cloudflare)(\/|$)/,
  /^@anthropic-ai\//,
  /^workers-ai-provider(\/|$)/,
  /^ai(\/|$)/, // the Vercel AI SDK
  /^@ai-sdk\//,
  /^@google\/(generative-ai|genai)(\/|$)/,
  /^@mistralai\//,
  /^(groq-sdk|cohere-ai)(\/|$)/,
  // Our own provider implementations: only the hub builds them.
  /(^|\/)gateway\/providers(\/|$)/,
];

/** Gateway exports that build or are providers; importing them from the gateway index bypasses the hub just the same. */
export const PROVIDER_EXPORTS: ReadonlySet<string> = new Set([
  "createProvider",
  "openAICompatibleProvider",
  "openAICompatibleFromEnv",
  "workersAiProvider",
  "workersAiFromEnv",
  "recordingProvider",
  "replayProvider",
  "offlineProvider",
  "fileCassetteStore",
]);

/** URLs of model APIs: a `fetch` to one is a provider call by hand. */
export const MODEL_URLS: readonly RegExp[] = [
  /api\.openai\.com/,
  /\.openai\.azure\.com/,
  /api\.anthropic\.com/,
  /gateway\.ai\.cloudflare\.com/,
  /api\.cloudflare\.com\/client\/v4\/accounts\/[^/]*\/ai\//,
  /generativelanguage\.googleapis\.com/,
  /api\.(mistral\.ai|groq\.com|cohere\.(ai|com)|together\.xyz|fireworks\.ai|deepseek\.com|x\.ai)/,
  /openrouter\.ai/,
  /\/v1\/(chat\/completions|completions|messages|embeddings|responses)\b/,
];
