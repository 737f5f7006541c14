import { ModelCallError, type ChatRequest, type ModelCall, type ModelProvider, type ProviderName, type ProviderResponse } from "../types.ts";
import { cassettePath, cassetteRef, type CassetteFile } from "./cassette-key.ts";

/** What a cassette keeps of the request: enough to review a diff, not to rebuild it. */
export interface RequestSummary {
  readonly provider: string;
  readonly model: string;
  readonly temperature: number;
  readonly json: boolean;
  readonly node: string;
  readonly messages: readonly { readonly role: string; readonly chars: number; readonly head: string }[];
}

export interface CassetteEntry {
  readonly request: RequestSummary;
  readonly response: ProviderResponse;
}

/** The JSON of one cassette file: key → entry. */
export type CassetteMap = Readonly<Record<string, CassetteEntry>>;

/**
 * Where cassettes live: files in Node (`fileCassetteStore`), imported JSON in Workers
 * (`memoryCassetteStore`).
 */
export interface CassetteStore {
  get(file: CassetteFile, key: string): Promise<CassetteEntry | undefined>;
  put(file: CassetteFile, key: string, entry: CassetteEntry): Promise<void>;
}

/**
 * An in-memory store, seeded from bundled cassette JSON (usable inside Workers).
 * Keys of `seed` are `<graph>/<promptVersion>`.
 *
 * @example
 * import emailReplyV2 from "../../../../evals/cassettes/email_reply/v2.json";
 * const store = memoryCassetteStore({ "email_reply/v2": emailReplyV2 });
 */
export function memoryCassetteStore(seed: Readonly<Record<string, CassetteMap>> = {}): CassetteStore & { readonly files: Map<string, Record<string, CassetteEntry>> } {
  const files = new Map(Object.entries(seed).map(([k, v]) => [k, { ...v }]));
  const id = (f: CassetteFile) => `${f.graph}/${f.promptVersion}`;
  return {
    files,
    get: async (file, key) => files.get(id(file))?.[key],
    put: async (file, key, entry) => {
      files.set(id(file), { ...files.get(id(file)), [key]: entry });
    },
  };
}

const summarize = (provider: string, request: ChatRequest, call: ModelCall): RequestSummary => ({
  provider,
  model: request.model,
  temperature: request.temperature,
  json: request.json,
  node: call.site.node,
  messages: request.messages.map((m) => ({ role: m.role, chars: m.content.length, head: m.content.slice(0, 80) })),
});

/**
 * Wraps a real provider and writes each answer to its cassette (record mode).
 *
 * @example
 * const provider = recordingProvider(openAICompatibleFromEnv(process.env), fileCassetteStore());
 */
export function recordingProvider(inner: ModelProvider, store: CassetteStore): ModelProvider {
  return {
    name: inner.name,
    defaultModel: inner.defaultModel,
    async chat(request, call, signal) {
      const response = await inner.chat(request, call, signal);
      const { file, key } = await cassetteRef(inner.name, request, call.site);
      await store.put(file, key, { request: summarize(inner.name, request, call), response: { content: response.content, usage: response.usage, model: response.model } });
      return response;
    },
  };
}

export interface ReplayOptions {
  readonly store: CassetteStore;
  /** The provider the cassettes were recorded with (part of the key). */
  readonly recordedProvider?: Exclude<ProviderName, "replay" | "offline">;
  /** The model calls default to; must be the recorded one. */
  readonly defaultModel: string;
}

/**
 * Serves recorded answers with no network (`LLM_PROVIDER="replay"`). A miss is a
 * `replay_miss` naming the key and cassette file, never a fallback: a silent
 * fallback would let a prompt change pass evals unrecorded.
 *
 * @example
 * const provider = replayProvider({ store: fileCassetteStore(), defaultModel: "gpt-4o-mini" });
 */
export function replayProvider(options: ReplayOptions): ModelProvider {
  const recorded = options.recordedProvider ?? "openai-compatible";
  return {
    name: "replay",
    defaultModel: options.defaultModel,
    async chat(request, call) {
      const { file, key } = await cassetteRef(recorded, request, call.site);
      const entry = await options.store.get(file, key);
      if (!entry) {
        throw new ModelCallError(
          "replay_miss",
          `No recorded response for key "${key}" in ${cassettePath(file)} (graph "${file.graph}", node "${call.site.node}"); ` +
            `record it with LLM_PROVIDER="${recorded}" LLM_RECORD=on`,
        );
      }
      return entry.response;
    },
  };
}
