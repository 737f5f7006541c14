// Types
export * from "./types.ts";
// Hub
export { createModelHub, ModelHub, DEFAULT_DEADLINE_MS, DEFAULT_MAX_OUTPUT_TOKENS, type ModelHubOptions, type ProviderFactory } from "./hub.ts";
export { defaultRepair, parseJsonAs, type JsonResult, type RepairPrompt } from "./complete-json.ts";
export {
  DEFAULT_BUDGETS_USD,
  DEFAULT_CACHE_TTL_SECONDS,
  DEFAULT_REQUEST_TOKEN_CEILING,
  graphBudgetUsd,
  parseGatewayConfig,
  type GatewayConfig,
} from "./config.ts";
export { assertKillSwitchOff, parseKillSwitch, skipReasonOf } from "./kill-switch.ts";
export { costOf, priceOf, PRICE_TABLE, PRICE_TABLE_VERSION, type Cost, type ModelPrice } from "./prices.ts";
export { estimateInputTokens, estimateTokens } from "./estimate-tokens.ts";
export { TokenMeter } from "./token-ceiling.ts";
export { MAX_REFINE_ATTEMPTS, refineWithinCeiling, type RefineOptions, type RefineOutcome } from "./refine-within-ceiling.ts";
export { cacheKeyOf, cacheUrlOf, ResponseCache, type CacheLike, type CachedAnswer, type CanonicalRequest } from "./response-cache.ts";
export {
  budgetAlert,
  budgetRefusal,
  GLOBAL_SCOPE,
  graphScope,
  readSpend,
  utcDay,
  webhookNotifier,
  type AlertNotifier,
  type BudgetAlert,
  type BudgetLimits,
  type Spend,
} from "./budgets.ts";
export {
  costRollup,
  d1CostLedger,
  ledgerRowOf,
  ROLLUP_DIMENSIONS,
  type BudgetCrossing,
  type CostLedger,
  type LedgerEntry,
  type RollupDimension,
  type RollupRow,
} from "./cost-ledger.ts";
export { costRoutes, MAX_COST_RANGE_DAYS } from "./cost-routes.ts";
export { offlineProvider, OFFLINE_MODEL } from "./offline-provider.ts";
// Providers
export { createProvider, type ProviderDeps, type ProviderEnv } from "./providers/create-provider.ts";
export { openAICompatibleFromEnv, openAICompatibleProvider, type OpenAICompatibleEnv, type OpenAICompatibleOptions } from "./providers/openai-compatible.ts";
export { workersAiFromEnv, workersAiProvider, type WorkersAiBinding, type WorkersAiEnv, type WorkersAiOptions } from "./providers/workers-ai.ts";
export { backoffDelay, classifyFailure, DEFAULT_RETRY_POLICY, parseRetryAfter, withRetries, type AttemptedResponse, type Failure, type RetryPolicy } from "./providers/retry.ts";
export { memoryCassetteStore, recordingProvider, replayProvider, type CassetteEntry, type CassetteMap, type CassetteStore } from "./providers/record-replay.ts";
export { canonicalJson, cassettePath, cassetteRef, type CassetteFile, type CassetteRef } from "./providers/cassette-key.ts";
export { aiGatewayHeaders, aiGatewayMetadata, isAiGatewayUrl, type AiGatewayOptions } from "./providers/ai-gateway.ts";
// Node only (node:fs), so not re-exported here: fileCassetteStore in ./providers/file-cassette-store.ts.
// Trust tiers
export {
  admitMemory,
  buildMessages,
  dataBlock,
  DATA_NOTICE,
  DATA_POLICY,
  escapeData,
  HUMAN_REVIEWED_SOURCES,
  INJECTABLE_SOURCES,
  isTrustedText,
  joinTrusted,
  memoryTrust,
  normalizeUntrusted,
  readDataBlocks,
  splitDataBlocks,
  TRUST_FRAME_TEMPLATES,
  trusted,
  unescapeData,
  type AdmitMemoryOptions,
  type BuildMessagesInput,
  type DataItem,
  type DataTrust,
  type MemorySource,
  type PromptTemplate,
  type PromptTemplates,
  type ReadDataBlock,
  type TrustedInterpolation,
  type TrustedText,
} from "./trust/index.ts";
