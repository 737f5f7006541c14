import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reply, startFakeOpenAIServer, type FakeOpenAIServer } from "../../../../test/fakes/openai-server.ts";
import type { ChatRequest, ModelCall } from "../types.ts";
import { openAICompatibleFromEnv, openAICompatibleProvider, type OpenAICompatibleOptions } from "./openai-compatible.ts";
import { abortableSleep, type AttemptedResponse } from "./retry.ts";

const STEP = 20;
const call = (over: Partial<ModelCall> = {}): ModelCall => ({
  site: { graph: "email_reply", node: "draft", promptVersion: "v1", feature: "outreach", tenant: "acme", user: "u-1" },
  messages: [],
  offline: () => "offline",
  deadlineMs: 5_000,
  ...over,
});
const request = (over: Partial<ChatRequest> = {}): ChatRequest => ({
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "Classify the reply." },
    { role: "user", content: "Thanks, not interested." },
  ],
  temperature: 0,
  maxOutputTokens: 64,
  json: false,
  ...over,
});

let fake: FakeOpenAIServer;
let waits: number[];
beforeAll(async () => {
  fake = await startFakeOpenAIServer();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  waits = [];
});

const provider = (over: Partial<OpenAICompatibleOptions> = {}) =>
  openAICompatibleProvider({
    baseUrl: `${fake.origin}/v1`,
    apiKey: "sk-test",
    model: "gpt-4o-mini",
    retry: { stepMs: STEP, maxAttempts: 4, maxDelayMs: 1_000 },
    sleep: (ms, signal) => {
      waits.push(ms);
      return abortableSleep(ms, signal);
    },
    ...over,
  });
const chat = (p = provider(), req = request(), c = call()) => p.chat(req, c, new AbortController().signal) as Promise<AttemptedResponse>;
const gaps = () => fake.requests.slice(1).map((r, i) => r.at - fake.requests[i]!.at);

describe("openAICompatibleProvider against the fake OpenAI server", () => {
  it("sends the documented request and maps content, model and usage", async () => {
    fake.script(reply.ok("not_interested"));
    const res = await chat();
    expect(res).toEqual({ content: "not_interested", model: "gpt-4o-mini", usage: { input: 12, output: 3, cached: 4 }, attempts: 1 });
    const [r] = fake.requests;
    expect(r?.violations).toEqual([]);
    expect(r?.path).toBe("/v1/chat/completions");
    expect(r?.headers.authorization).toBe("Bearer sk-test");
    expect(r?.body).toEqual({ model: "gpt-4o-mini", messages: request().messages, temperature: 0, max_tokens: 64 });
    expect(Object.keys(r?.headers ?? {}).filter((h) => h.startsWith("cf-aig-"))).toEqual([]);
  });

  it("asks for a JSON object when the request wants JSON, unless jsonMode is off", async () => {
    await chat(provider(), request({ json: true }));
    await chat(provider({ jsonMode: false }), request({ json: true }));
    expect(fake.requests.map((r) => r.body?.response_format)).toEqual([{ type: "json_object" }, undefined]);
  });

  it("retries a 429 after one step plus Retry-After", async () => {
    fake.script(reply.rateLimited(0.1), reply.ok());
    const res = await chat();
    expect(res.attempts).toBe(2);
    expect(waits).toEqual([STEP + 100]);
    expect(gaps()[0]).toBeGreaterThanOrEqual(STEP + 100 - 5);
  });

  it("retries 500, 502 and 503 with additive waits", async () => {
    fake.script(reply.serverError(500), reply.serverError(502), reply.serverError(503), reply.ok("finally"));
    const res = await chat();
    expect(res).toMatchObject({ content: "finally", attempts: 4 });
    expect(waits).toEqual([STEP, 2 * STEP, 3 * STEP]);
    gaps().forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual((i + 1) * STEP - 5));
  });

  it("gives up at maxAttempts with provider_error", async () => {
    fake.script(...Array.from({ length: 4 }, () => reply.serverError(503)));
    await expect(chat()).rejects.toMatchObject({ name: "ModelCallError", code: "provider_error", retryable: true, message: expect.stringMatching(/HTTP 503.*gave up after 4 attempts/) });
    expect(fake.requests).toHaveLength(4);
  });

  it.each([
    ["insufficient_quota", reply.spendLimit("insufficient_quota")],
    ["project_spend_limit_exceeded", reply.spendLimit("project_spend_limit_exceeded")],
    ["AI Gateway spend limit", reply.aiGatewaySpendLimit()],
  ] as const)("never retries a spend-limit 429 (%s)", async (_, fault) => {
    fake.script(fault, reply.ok());
    await expect(chat()).rejects.toMatchObject({ code: "spend_limit", retryable: false });
    expect(fake.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("does not retry other 4xx", async () => {
    fake.script({ kind: "error", status: 400, body: { error: { message: "bad model", code: "model_not_found" } } }, reply.ok());
    await expect(chat()).rejects.toMatchObject({ code: "provider_error", retryable: false, message: expect.stringMatching(/HTTP 400 model_not_found: bad model/) });
    expect(fake.requests).toHaveLength(1);
  });

  it("turns a hang into a timeout at the call's deadline", async () => {
    fake.script(reply.hang());
    const started = Date.now();
    await expect(chat(provider(), request(), call({ deadlineMs: 150 }))).rejects.toMatchObject({ code: "timeout", message: expect.stringMatching(/deadline of 150 ms/) });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
  });

  it("stops retrying when the next wait would pass the deadline", async () => {
    fake.script(reply.rateLimited(0.5), reply.ok());
    await expect(chat(provider(), request(), call({ deadlineMs: 300 }))).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/would pass the 300 ms deadline/) });
    expect(fake.requests).toHaveLength(1);
  });

  it("does not retry a malformed 2xx body (the call was likely billed)", async () => {
    fake.script(reply.malformed(), reply.ok());
    await expect(chat()).rejects.toMatchObject({ code: "provider_error", message: expect.stringMatching(/not JSON/) });
    expect(fake.requests).toHaveLength(1);
  });
});

describe("openAICompatibleFromEnv", () => {
  it("talks to the AI Gateway compat endpoint with provider/model names and cf-aig headers", async () => {
    const p = openAICompatibleFromEnv({
      LLM_BASE_URL: `${fake.origin}/v1/acct-1/gw-1/compat`,
      LLM_API_KEY: "sk-provider",
      LLM_MODEL: "openai/gpt-4o-mini",
      CF_AIG_TOKEN: "cf-token",
      CF_AIG_CACHE_TTL: "300",
      CF_AIG_SKIP_CACHE: "on",
    });
    expect(p.defaultModel).toBe("openai/gpt-4o-mini");
    await chat(p, request({ model: p.defaultModel }));
    const [r] = fake.requests;
    expect(r?.violations).toEqual([]);
    expect(r?.path).toBe("/v1/acct-1/gw-1/compat/chat/completions");
    expect(r?.body?.model).toBe("openai/gpt-4o-mini");
    expect(r?.headers.authorization).toBe("Bearer sk-provider");
    expect(r?.headers["cf-aig-authorization"]).toBe("Bearer cf-token");
    expect(r?.headers["cf-aig-cache-ttl"]).toBe("300");
    expect(r?.headers["cf-aig-skip-cache"]).toBe("true");
    const metadata = JSON.parse(String(r?.headers["cf-aig-metadata"])) as Record<string, string>;
    expect(metadata).toEqual({ graph: "email_reply", node: "draft", feature: "outreach", prompt: "v1", tenant: "acme" });
    expect(Object.keys(metadata).length).toBeLessThanOrEqual(5);
  });

  it.each([
    [{}, /"LLM_BASE_URL" is required/],
    [{ LLM_BASE_URL: "not a url", LLM_MODEL: "m" }, /"LLM_BASE_URL" must be an absolute URL/],
    [{ LLM_BASE_URL: "http://127.0.0.1:1/v1" }, /"LLM_MODEL" is required/],
    [{ LLM_BASE_URL: "http://127.0.0.1:1/v1", LLM_MODEL: "m", LLM_JSON_MODE: "maybe" }, /"LLM_JSON_MODE" must be on or off/],
    [{ LLM_BASE_URL: "http://127.0.0.1:1/v1", LLM_MODEL: "m", CF_AIG_CACHE_TTL: "5m" }, /"CF_AIG_CACHE_TTL" must be a non-negative integer/],
  ])("names the bad var: %j", (env, message) => {
    expect(() => openAICompatibleFromEnv(env)).toThrow(message);
  });

  it("never puts the API key in an error message", async () => {
    fake.script({ kind: "error", status: 401, body: { error: { message: "Incorrect API key", code: "invalid_api_key" } } });
    const err = await chat(openAICompatibleFromEnv({ LLM_BASE_URL: `${fake.origin}/v1`, LLM_API_KEY: "sk-secret-123", LLM_MODEL: "m" })).catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain("sk-secret-123");
  });
});
