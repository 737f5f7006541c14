import { describe, expect, it } from "vitest";
import type { ChatRequest } from "../types.ts";
import { aiGatewayHeaders, isAiGatewayUrl } from "./ai-gateway.ts";
import { envSwitch } from "./env.ts";
import { chatBody, parseCompletion, usageOf } from "./openai-wire.ts";

const req: ChatRequest = { model: "m", messages: [{ role: "user", content: "hi" }], temperature: 0.2, maxOutputTokens: 10, json: true };

describe("chatBody", () => {
  const CASES: { json: boolean; jsonMode: boolean; field?: "max_completion_tokens"; expected: Record<string, unknown>; description: string }[] = [
    { json: true, jsonMode: true, expected: { max_tokens: 10, response_format: { type: "json_object" } }, description: "JSON requested and supported" },
    { json: true, jsonMode: false, expected: { max_tokens: 10 }, description: "server rejects response_format" },
    { json: false, jsonMode: true, expected: { max_tokens: 10 }, description: "text request" },
    { json: false, jsonMode: true, field: "max_completion_tokens", expected: { max_completion_tokens: 10 }, description: "reasoning models take max_completion_tokens" },
  ];
  it.each(CASES)("$description", ({ json, jsonMode, field, expected }) => {
    expect(chatBody({ ...req, json }, { jsonMode, maxTokensField: field })).toEqual({ model: "m", messages: req.messages, temperature: 0.2, ...expected });
  });
});

describe("usageOf", () => {
  const CASES: { usage: unknown; expected: { input: number; output: number; cached: number }; description: string }[] = [
    { usage: { prompt_tokens: 100, completion_tokens: 20, prompt_tokens_details: { cached_tokens: 64 } }, expected: { input: 100, output: 20, cached: 64 }, description: "OpenAI with prompt cache" },
    { usage: { prompt_tokens: 5, completion_tokens: 1 }, expected: { input: 5, output: 1, cached: 0 }, description: "no details (llama.cpp, Ollama)" },
    { usage: undefined, expected: { input: 0, output: 0, cached: 0 }, description: "no usage at all" },
    { usage: { prompt_tokens: -1, completion_tokens: "7" }, expected: { input: 0, output: 0, cached: 0 }, description: "nonsense counts as 0" },
  ];
  it.each(CASES)("$description", ({ usage, expected }) => expect(usageOf(usage)).toEqual(expected));
});

describe("parseCompletion", () => {
  it("falls back to the requested model when the server omits it", () => {
    expect(parseCompletion('{"choices":[{"message":{"content":"x"}}]}', "l", "req-model").model).toBe("req-model");
  });
  it("names the missing field", () => {
    expect(() => parseCompletion('{"choices":[{"message":{"content":null},"finish_reason":"length"}]}', "l", "m")).toThrow(/"choices\[0\].message.content".*"length"/);
  });
});

describe("AI Gateway", () => {
  const CASES: { url: string; gateway: boolean }[] = [
    { url: "https://gateway.ai.cloudflare.com/v1/acct/gw/compat", gateway: true },
    { url: "https://gateway.ai.cloudflare.com/v1/acct/gw/openai", gateway: true },
    { url: "http://127.0.0.1:8787/v1/acct/gw/compat/", gateway: true },
    { url: "https://api.openai.com/v1", gateway: false },
    { url: "http://127.0.0.1:11434/v1", gateway: false },
  ];
  it.each(CASES)("isAiGatewayUrl($url) = $gateway", ({ url, gateway }) => expect(isAiGatewayUrl(url)).toBe(gateway));

  it("sends only the headers that are set", () => {
    const site = { graph: "g", node: "n", promptVersion: "v1", feature: "outreach" as const };
    expect(aiGatewayHeaders({}, site)).toEqual({ "cf-aig-metadata": '{"graph":"g","node":"n","feature":"outreach","prompt":"v1"}' });
    expect(aiGatewayHeaders({ token: "t", cacheTtlSeconds: 0 }, site)).toMatchObject({ "cf-aig-authorization": "Bearer t", "cf-aig-cache-ttl": "0" });
  });
});

describe("envSwitch", () => {
  const CASES: { raw: string | undefined; value: boolean }[] = [
    { raw: undefined, value: true },
    { raw: "", value: true },
    { raw: "off", value: false },
    { raw: "OFF", value: false },
    { raw: "0", value: false },
    { raw: "on", value: true },
    { raw: "true", value: true },
  ];
  it.each(CASES)("$raw -> $value (default on)", ({ raw, value }) => expect(envSwitch({ X: raw }, "X", true)).toBe(value));
});
