import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reply, startFakeOpenAIServer } from "../../../../test/fakes/openai-server.ts";
import type { ChatRequest, ModelCall } from "../types.ts";
import { canonicalJson, cassetteRef } from "./cassette-key.ts";
import { createProvider } from "./create-provider.ts";
import { fileCassetteStore } from "./file-cassette-store.ts";
import { memoryCassetteStore, replayProvider, type CassetteMap } from "./record-replay.ts";

const site: ModelCall["site"] = { graph: "email_reply", node: "draft", promptVersion: "v1", feature: "outreach" };
const call: ModelCall = { site, messages: [], offline: () => "offline", deadlineMs: 2_000 };
const request = (over: Partial<ChatRequest> = {}): ChatRequest => ({
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "Draft a reply." },
    { role: "user", content: "Can we talk next week?" },
  ],
  temperature: 0,
  maxOutputTokens: 200,
  json: false,
  ...over,
});
const signal = () => new AbortController().signal;
const KEY = /^openai-compatible\|gpt-4o-mini\|v1\|[0-9a-f]{64}$/;

describe("canonicalJson", () => {
  const CASES: { value: unknown; json: string; description: string }[] = [
    { value: { b: 1, a: 2 }, json: '{"a":2,"b":1}', description: "sorts keys" },
    { value: { z: { y: 1, x: [{ d: 1, c: 2 }] } }, json: '{"z":{"x":[{"c":2,"d":1}],"y":1}}', description: "sorts at every depth, keeps array order" },
    { value: { a: undefined, b: null }, json: '{"b":null}', description: "drops undefined members, keeps null" },
    { value: "é\n", json: '"é\\n"', description: "strings as JSON.stringify writes them" },
  ];
  it.each(CASES)("$description", ({ value, json }) => expect(canonicalJson(value)).toBe(json));
});

describe("cassetteRef", () => {
  it("keys by provider, model, prompt version and request hash", async () => {
    const ref = await cassetteRef("openai-compatible", request(), site);
    expect(ref.key).toMatch(KEY);
    expect(ref.file).toEqual({ graph: "email_reply", promptVersion: "v1" });
  });

  const base = cassetteRef("openai-compatible", request(), site);
  const CHANGES: { description: string; ref: () => ReturnType<typeof cassetteRef>; same: boolean }[] = [
    { description: "maxOutputTokens is not part of the hash", ref: () => cassetteRef("openai-compatible", request({ maxOutputTokens: 999 }), site), same: true },
    { description: "temperature is", ref: () => cassetteRef("openai-compatible", request({ temperature: 0.7 }), site), same: false },
    { description: "json is", ref: () => cassetteRef("openai-compatible", request({ json: true }), site), same: false },
    { description: "message text is", ref: () => cassetteRef("openai-compatible", request({ messages: [{ role: "user", content: "other" }] }), site), same: false },
    { description: "provider is", ref: () => cassetteRef("workers-ai", request(), site), same: false },
    { description: "prompt version is", ref: () => cassetteRef("openai-compatible", request(), { ...site, promptVersion: "v2" }), same: false },
    { description: "the node is not (same prompt, same answer)", ref: () => cassetteRef("openai-compatible", request(), { ...site, node: "other" }), same: true },
  ];
  it.each(CHANGES)("$description", async ({ ref, same }) => {
    expect((await ref()).key === (await base).key).toBe(same);
  });

  it.each(["../etc", "a/b", ""])("rejects graph %j as a file name", async (graph) => {
    await expect(cassetteRef("openai-compatible", request(), { ...site, graph })).rejects.toMatchObject({ code: "misconfigured", message: expect.stringMatching(/"call.site.graph"/) });
  });
});

describe("record then replay", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cassettes-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("records real answers to a cassette file and replays them with the server stopped", async () => {
    const fake = await startFakeOpenAIServer();
    fake.script(reply.ok("Happy to talk Tuesday."), reply.ok('{"label":"meeting"}'));
    const env = { LLM_BASE_URL: `${fake.origin}/v1`, LLM_API_KEY: "sk-test", LLM_MODEL: "gpt-4o-mini" };
    const recorder = createProvider({ ...env, LLM_PROVIDER: "openai-compatible", LLM_RECORD: "on" }, { cassettes: fileCassetteStore(dir) });
    const recorded = [await recorder.chat(request(), call, signal()), await recorder.chat(request({ json: true }), call, signal())];
    await fake.close();

    const file = JSON.parse(await readFile(path.join(dir, "email_reply", "v1.json"), "utf8")) as CassetteMap;
    expect(Object.keys(file)).toHaveLength(2);
    const [entry] = Object.values(file);
    expect(entry?.request).toMatchObject({ provider: "openai-compatible", model: "gpt-4o-mini", node: "draft", messages: [{ role: "system", chars: 14 }, { role: "user" }] });

    const replayer = createProvider({ LLM_PROVIDER: "replay", LLM_MODEL: "gpt-4o-mini" }, { cassettes: fileCassetteStore(dir) });
    expect(replayer.name).toBe("replay");
    const replayed = [await replayer.chat(request(), call, signal()), await replayer.chat(request({ json: true }), call, signal())];
    expect(replayed.map((r) => r.content)).toEqual(["Happy to talk Tuesday.", '{"label":"meeting"}']);
    expect(replayed.map((r) => r.usage)).toEqual(recorded.map((r) => r.usage));
  });

  it("replays from bundled JSON in memory (the Workers path)", async () => {
    const store = memoryCassetteStore();
    const { file, key } = await cassetteRef("openai-compatible", request(), site);
    await store.put(file, key, { request: {} as never, response: { content: "from memory", model: "gpt-4o-mini", usage: { input: 1, output: 2, cached: 0 } } });
    const bundled = JSON.parse(JSON.stringify(Object.fromEntries(store.files))) as Record<string, CassetteMap>;
    const provider = replayProvider({ store: memoryCassetteStore(bundled), defaultModel: "gpt-4o-mini" });
    await expect(provider.chat(request(), call, signal())).resolves.toMatchObject({ content: "from memory" });
  });

  it("a replay miss names the key and the cassette file", async () => {
    const provider = replayProvider({ store: fileCassetteStore(dir), defaultModel: "gpt-4o-mini" });
    const err = await provider.chat(request(), call, signal()).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "ModelCallError", code: "replay_miss" });
    const { key } = await cassetteRef("openai-compatible", request(), site);
    expect((err as Error).message).toContain(`"${key}"`);
    expect((err as Error).message).toContain("evals/cassettes/email_reply/v1.json");
  });

  it("keeps every entry when many calls record to one file at once", async () => {
    const store = fileCassetteStore(dir);
    const entries = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const { file, key } = await cassetteRef("openai-compatible", request({ messages: [{ role: "user", content: `q${i}` }] }), site);
        await store.put(file, key, { request: {} as never, response: { content: `a${i}`, model: "m", usage: { input: 0, output: 0, cached: 0 } } });
        return key;
      }),
    );
    const file = JSON.parse(await readFile(path.join(dir, "email_reply", "v1.json"), "utf8")) as CassetteMap;
    expect(Object.keys(file).sort()).toEqual([...entries].sort());
  });
});
