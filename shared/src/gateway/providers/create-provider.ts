import { offlineProvider } from "../offline-provider.ts";
import { ModelCallError, type ModelProvider, type ProviderName } from "../types.ts";
import { envOptional, envString, envSwitch } from "./env.ts";
import { openAICompatibleFromEnv, type OpenAICompatibleEnv, type OpenAICompatibleOptions } from "./openai-compatible.ts";
import { recordingProvider, replayProvider, type CassetteStore } from "./record-replay.ts";
import { workersAiFromEnv, type WorkersAiEnv } from "./workers-ai.ts";

/** The env vars `createProvider` reads; a Worker's generated `Env` satisfies it structurally. */
export interface ProviderEnv extends OpenAICompatibleEnv, WorkersAiEnv {
  /** `offline` (default) | `openai-compatible` | `workers-ai` | `replay`. */
  readonly LLM_PROVIDER?: string;
  /** on: wrap the real provider and write its answers to cassettes. */
  readonly LLM_RECORD?: string;
  /** Replay: the provider the cassettes were recorded with (default `openai-compatible`). */
  readonly LLM_REPLAY_PROVIDER?: string;
}

export interface ProviderDeps {
  /** Required for `LLM_RECORD=on` and `LLM_PROVIDER=replay`: files in Node, bundled JSON in Workers. */
  readonly cassettes?: CassetteStore;
  /** Test hooks for the OpenAI-compatible client (fetch, sleep, retry policy). */
  readonly openai?: Partial<OpenAICompatibleOptions>;
}

const NAMES: readonly ProviderName[] = ["offline", "openai-compatible", "workers-ai", "replay"];

function needCassettes(deps: ProviderDeps, why: string): CassetteStore {
  if (!deps.cassettes) throw new ModelCallError("misconfigured", `${why} needs a cassette store (pass deps.cassettes: fileCassetteStore() in Node, memoryCassetteStore(json) in Workers)`);
  return deps.cassettes;
}

/**
 * The provider `LLM_PROVIDER` names; `offline` when unset, so nothing needs a
 * network or a key unless asked. Misconfiguration throws `misconfigured` naming the var.
 *
 * @example
 * const provider = createProvider(env); // offline
 * const recording = createProvider({ ...process.env, LLM_PROVIDER: "openai-compatible", LLM_RECORD: "on" }, { cassettes: fileCassetteStore() });
 */
export function createProvider(env: ProviderEnv, deps: ProviderDeps = {}): ModelProvider {
  const name = (envOptional(env, "LLM_PROVIDER") ?? "offline") as ProviderName;
  if (!NAMES.includes(name)) throw new ModelCallError("misconfigured", `"LLM_PROVIDER" must be one of ${NAMES.join(", ")}; got ${JSON.stringify(env.LLM_PROVIDER)}`);
  const record = envSwitch(env, "LLM_RECORD", false);
  if (record && (name === "offline" || name === "replay")) throw new ModelCallError("misconfigured", `"LLM_RECORD" is on but LLM_PROVIDER="${name}" is not a real provider`);
  switch (name) {
    case "offline":
      return offlineProvider();
    case "replay": {
      const recorded = envOptional(env, "LLM_REPLAY_PROVIDER") ?? "openai-compatible";
      if (recorded !== "openai-compatible" && recorded !== "workers-ai") throw new ModelCallError("misconfigured", `"LLM_REPLAY_PROVIDER" must be openai-compatible or workers-ai; got ${JSON.stringify(recorded)}`);
      return replayProvider({ store: needCassettes(deps, 'LLM_PROVIDER="replay"'), recordedProvider: recorded, defaultModel: envString(env, "LLM_MODEL", 'LLM_PROVIDER="replay"') });
    }
    case "openai-compatible":
    case "workers-ai": {
      const real = name === "openai-compatible" ? openAICompatibleFromEnv(env, deps.openai) : workersAiFromEnv(env);
      return record ? recordingProvider(real, needCassettes(deps, "LLM_RECORD=on")) : real;
    }
  }
}
