import { cacheKeyOf, cacheUrlOf, ResponseCache, type CanonicalRequest } from "./response-cache.ts";
import { faultyCache } from "./test/fakes.ts";

const BASE: CanonicalRequest = {
  provider: "openai-compatible",
  model: "gpt-4o-mini",
  temperature: 0,
  json: false,
  maxOutputTokens: 512,
  promptVersion: "reply-v1",
  messages: [
    { role: "system", content: "Be brief." },
    { role: "user", content: "Hi" },
  ],
};

const CHANGES: [string, Partial<CanonicalRequest>][] = [
  ["promptVersion", { promptVersion: "reply-v2" }],
  ["provider", { provider: "workers-ai" }],
  ["model", { model: "gpt-4o" }],
  ["temperature", { temperature: 0.2 }],
  ["json flag", { json: true }],
  ["maxOutputTokens", { maxOutputTokens: 513 }],
  ["a message's content", { messages: [BASE.messages[0]!, { role: "user", content: "Hi!" }] }],
  ["a message's role", { messages: [BASE.messages[0]!, { role: "assistant", content: "Hi" }] }],
  // Moving text between messages must not collide (no naive concatenation).
  ["message boundaries", { messages: [{ role: "system", content: "Be brief.Hi" }] }],
];

describe("cacheKeyOf", () => {
  it("is a stable SHA-256 hex digest of the canonical request", async () => {
    const key = await cacheKeyOf(BASE);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await cacheKeyOf({ ...BASE, messages: BASE.messages.map((m) => ({ content: m.content, role: m.role })) })).toBe(key);
  });

  it.each(CHANGES)("changes with %s", async (_field, change) => {
    expect(await cacheKeyOf({ ...BASE, ...change })).not.toBe(await cacheKeyOf(BASE));
  });
});

describe("ResponseCache", () => {
  const answer = { content: "Hello", model: "gpt-4o-mini-2024-07-18", usage: { input: 10, output: 2, cached: 0 } };

  it("stores and finds an answer on the Cache API under a synthetic https URL", async () => {
    const store = await caches.open(`test-${crypto.randomUUID()}`);
    const cache = new ResponseCache(store);
    expect(await cache.get("k1")).toEqual({ answer: undefined, failed: false });
    await cache.put("k1", answer, 60);
    expect(await cache.get("k1")).toEqual({ answer, failed: false });
    expect((await store.match(cacheUrlOf("k1")))?.headers.get("cache-control")).toBe("max-age=60");
    expect(cache.errors).toBe(0);
  });

  it("fails open: a throwing match is a counted miss, a throwing put is counted and dropped", async () => {
    const cache = new ResponseCache(faultyCache());
    expect(await cache.get("k")).toEqual({ answer: undefined, failed: true });
    await expect(cache.put("k", answer, 60)).resolves.toBeUndefined();
    expect(cache.errors).toBe(2);
  });

  it("treats a corrupt entry as a counted miss", async () => {
    const store = await caches.open(`test-${crypto.randomUUID()}`);
    await store.put(cacheUrlOf("bad"), new Response('{"content": 1}', { headers: { "cache-control": "max-age=60" } }));
    const cache = new ResponseCache(store);
    expect(await cache.get("bad")).toEqual({ answer: undefined, failed: true });
    expect(cache.errors).toBe(1);
  });
});
