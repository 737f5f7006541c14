import { describe, expect, it } from "vitest";
import { createProvider, type ProviderEnv } from "./create-provider.ts";
import { memoryCassetteStore } from "./record-replay.ts";

const ai = { run: async () => ({ response: "ok" }) };
const openai = { LLM_BASE_URL: "http://127.0.0.1:9/v1", LLM_MODEL: "gpt-4o-mini" };

describe("createProvider", () => {
  const CASES: { env: ProviderEnv; name: string; description: string }[] = [
    { env: {}, name: "offline", description: "offline by default" },
    { env: { LLM_PROVIDER: "" }, name: "offline", description: "empty LLM_PROVIDER is the default" },
    { env: { LLM_PROVIDER: "offline" }, name: "offline", description: "explicit offline" },
    { env: { LLM_PROVIDER: "openai-compatible", ...openai }, name: "openai-compatible", description: "openai-compatible" },
    { env: { LLM_PROVIDER: "workers-ai", LLM_MODEL: "@cf/x", AI: ai }, name: "workers-ai", description: "workers-ai" },
    { env: { LLM_PROVIDER: "replay", LLM_MODEL: "gpt-4o-mini" }, name: "replay", description: "replay" },
    { env: { LLM_PROVIDER: "openai-compatible", LLM_RECORD: "on", ...openai }, name: "openai-compatible", description: "record mode keeps the real provider's name" },
  ];
  it.each(CASES)("$description", ({ env, name }) => {
    expect(createProvider(env, { cassettes: memoryCassetteStore() }).name).toBe(name);
  });

  const BAD: { env: ProviderEnv; message: RegExp; description: string }[] = [
    { env: { LLM_PROVIDER: "anthropic" }, message: /"LLM_PROVIDER" must be one of offline, openai-compatible, workers-ai, replay; got "anthropic"/, description: "unknown provider" },
    { env: { LLM_PROVIDER: "replay", LLM_MODEL: "m" }, message: /LLM_PROVIDER="replay" needs a cassette store/, description: "replay without a store" },
    { env: { LLM_PROVIDER: "openai-compatible", LLM_RECORD: "on", ...openai }, message: /LLM_RECORD=on needs a cassette store/, description: "record without a store" },
    { env: { LLM_RECORD: "on" }, message: /"LLM_RECORD" is on but LLM_PROVIDER="offline"/, description: "recording the offline provider" },
    { env: { LLM_PROVIDER: "replay", LLM_MODEL: "m", LLM_REPLAY_PROVIDER: "offline" }, message: /"LLM_REPLAY_PROVIDER" must be/, description: "replaying an unknown recording provider" },
    { env: { LLM_PROVIDER: "workers-ai", LLM_MODEL: "m" }, message: /binding "AI" is required/, description: "workers-ai without the binding" },
  ];
  it.each(BAD)("$description", ({ env, message }) => {
    const deps = /needs a cassette store/.test(message.source) ? {} : { cassettes: memoryCassetteStore() };
    expect(() => createProvider(env, deps)).toThrow(message);
  });

  it("throws ModelCallError('misconfigured')", () => {
    expect(() => createProvider({ LLM_PROVIDER: "nope" })).toThrow(expect.objectContaining({ name: "ModelCallError", code: "misconfigured" }));
  });
});
