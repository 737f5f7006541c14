import { costOf, PRICE_TABLE, PRICE_TABLE_VERSION, priceOf } from "./prices.ts";

const NAMES: [string, string | undefined][] = [
  ["gpt-4o-mini", "gpt-4o-mini"],
  ["openai/gpt-4o-mini", "gpt-4o-mini"],
  ["GPT-4o-Mini", "gpt-4o-mini"],
  // OpenAI answers with the dated snapshot.
  ["gpt-4o-mini-2024-07-18", "gpt-4o-mini"],
  ["gpt-4o", "gpt-4o"],
  ["gpt-4.1-mini", "gpt-4.1-mini"],
  ["deepseek/deepseek-chat", "deepseek-chat"],
  ["deepseek-reasoner", "deepseek-reasoner"],
  ["@cf/meta/llama-3.1-8b-instruct", "@cf/meta/llama-3.1-8b-instruct"],
  ["workers-ai/@cf/meta/llama-3.1-8b-instruct", "@cf/meta/llama-3.1-8b-instruct"],
  ["offline", "offline"],
  // Never a prefix match: these are other models.
  ["gpt-4o-mini-tts", undefined],
  ["gpt-4", undefined],
  ["@cf/meta/llama-3.1-8b-instruct-fast", undefined],
  ["mystery-model", undefined],
  ["toString", undefined],
];

describe("priceOf", () => {
  it.each(NAMES)("%j -> %j", (model, entry) => {
    expect(priceOf(model)).toBe(entry === undefined ? undefined : PRICE_TABLE[entry]);
  });
});

const COSTS: { model: string; usage: { input: number; output: number; cached: number }; usd: number | null }[] = [
  { model: "gpt-4o-mini", usage: { input: 1_000_000, output: 0, cached: 0 }, usd: 0.15 },
  { model: "gpt-4o-mini", usage: { input: 0, output: 1_000_000, cached: 0 }, usd: 0.6 },
  // Cached input is part of input and billed at the cached rate: 0.5M × 0.15 + 0.5M × 0.075.
  { model: "gpt-4o-mini", usage: { input: 1_000_000, output: 0, cached: 500_000 }, usd: 0.1125 },
  { model: "openai/gpt-4o", usage: { input: 2_000, output: 500, cached: 0 }, usd: 0.01 },
  { model: "deepseek-chat", usage: { input: 1_000_000, output: 1_000_000, cached: 1_000_000 }, usd: 0.448 },
  { model: "@cf/meta/llama-3.1-8b-instruct", usage: { input: 1_000_000, output: 1_000_000, cached: 0 }, usd: 1.109 },
  { model: "offline", usage: { input: 5_000, output: 5_000, cached: 0 }, usd: 0 },
  { model: "mystery-model", usage: { input: 10, output: 10, cached: 0 }, usd: null },
];

describe("costOf", () => {
  it.each(COSTS)("$model $usage -> $usd", ({ model, usage, usd }) => {
    const cost = costOf(model, usage);
    expect(cost.usd).toBe(usd);
    expect(cost.unpriced).toBe(usd === null);
    expect(cost.priceTableVersion).toBe(PRICE_TABLE_VERSION);
  });

  it("prices an unknown model as null + unpriced, never 0", () => {
    expect(costOf("gpt-9", { input: 0, output: 0, cached: 0 })).toEqual({ usd: null, unpriced: true, priceTableVersion: "2026-11-01" });
  });

  it("offline is priced (known) at 0, not unpriced", () => {
    expect(costOf("offline", { input: 100, output: 100, cached: 0 })).toMatchObject({ usd: 0, unpriced: false });
  });
});
