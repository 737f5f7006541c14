import { describe, expect, it } from "vitest";
import type { ChatRequest, ModelCall } from "../types.ts";
import { bindingFailure, workersAiFromEnv, workersAiProvider, type WorkersAiBinding } from "./workers-ai.ts";

const call: ModelCall = { site: { graph: "classify_reply", node: "label", promptVersion: "v3", feature: "classification" }, messages: [], offline: () => "x", deadlineMs: 2_000 };
const request: ChatRequest = { model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast", messages: [{ role: "user", content: "hi" }], temperature: 0, maxOutputTokens: 32, json: true };
const signal = () => new AbortController().signal;

/** A hand-made stand-in for `env.AI`: scripted outcomes, recorded calls. */
function fakeBinding(...outcomes: (unknown | Error)[]): WorkersAiBinding & { calls: { model: string; inputs: Record<string, unknown>; options: Record<string, unknown> | undefined }[] } {
  const calls: { model: string; inputs: Record<string, unknown>; options: Record<string, unknown> | undefined }[] = [];
  return {
    calls,
    async run(model, inputs, options) {
      calls.push({ model, inputs, options });
      const next = outcomes.shift();
      if (next instanceof Error) throw next;
      return next;
    },
  };
}
const provider = (binding: WorkersAiBinding, gatewayId?: string) => workersAiProvider({ binding, model: request.model, gatewayId, retry: { stepMs: 1 }, sleep: async () => {} });

describe("workersAiProvider with a fake binding", () => {
  it("sends messages, max_tokens, temperature and JSON mode, and maps usage", async () => {
    const binding = fakeBinding({ response: '{"label":"positive"}', usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 } });
    const res = await provider(binding).chat(request, call, signal());
    expect(res).toEqual({ content: '{"label":"positive"}', model: request.model, usage: { input: 9, output: 4, cached: 0 }, attempts: 1 });
    expect(binding.calls[0]?.inputs).toEqual({ messages: [{ role: "user", content: "hi" }], max_tokens: 32, temperature: 0, response_format: { type: "json_object" } });
    expect(binding.calls[0]?.options?.gateway).toBeUndefined();
  });

  it("routes through an AI Gateway with the call site as metadata", async () => {
    const binding = fakeBinding({ response: "ok" });
    await provider(binding, "default").chat(request, call, signal());
    expect(binding.calls[0]?.options?.gateway).toEqual({ id: "default", metadata: { graph: "classify_reply", node: "label", feature: "classification", prompt: "v3" } });
  });

  it("stringifies a `response` that JSON mode returned already parsed", async () => {
    const res = await provider(fakeBinding({ response: { label: "neutral" } })).chat(request, call, signal());
    expect(res.content).toBe('{"label":"neutral"}');
  });

  it("retries out-of-capacity errors and reports attempts", async () => {
    const binding = fakeBinding(new Error("3040: Capacity temporarily exceeded, please try again."), new Error("AiInternalError: internal"), { response: "ok" });
    await expect(provider(binding).chat(request, call, signal())).resolves.toMatchObject({ content: "ok", attempts: 3 });
  });

  it("never retries a spent daily allocation (3036)", async () => {
    const binding = fakeBinding(new Error("3036: Account limited"), { response: "ok" });
    await expect(provider(binding).chat(request, call, signal())).rejects.toMatchObject({ code: "spend_limit", retryable: false });
    expect(binding.calls).toHaveLength(1);
  });

  it("does not retry a missing model (5007 → 400)", async () => {
    const binding = fakeBinding(new Error("5007: No such model"), { response: "ok" });
    await expect(provider(binding).chat(request, call, signal())).rejects.toMatchObject({ code: "provider_error", retryable: false });
    expect(binding.calls).toHaveLength(1);
  });

  it("a result without `response` is a provider_error", async () => {
    await expect(provider(fakeBinding({ tool_calls: [] })).chat(request, call, signal())).rejects.toMatchObject({ code: "provider_error", message: expect.stringMatching(/"response"/) });
  });
});

describe("bindingFailure", () => {
  const CASES: { message: string; status: number; description: string }[] = [
    { message: "3036: Account limited", status: 429, description: "daily allocation" },
    { message: "InferenceUpstreamError: 3040: Out of capacity", status: 429, description: "capacity, code after a prefix" },
    { message: "3007: Request timeout", status: 408, description: "timeout" },
    { message: "5007: No such model", status: 400, description: "unknown model" },
    { message: "something broke", status: 500, description: "no code → retryable 500" },
  ];
  it.each(CASES)("$description", ({ message, status }) => {
    const f = bindingFailure(new Error(message));
    expect(f).toMatchObject({ ok: false, status });
  });
});

describe("workersAiFromEnv", () => {
  it("names the missing binding", () => {
    expect(() => workersAiFromEnv({ LLM_MODEL: "m" })).toThrow(/binding "AI" is required/);
  });
  it("names the missing model", () => {
    expect(() => workersAiFromEnv({ AI: fakeBinding() })).toThrow(/"LLM_MODEL" is required when LLM_PROVIDER="workers-ai"/);
  });
});
