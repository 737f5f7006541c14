import type { TokenUsage } from "./types.ts";

/** Version of {@link PRICE_TABLE}; stamped on every ledger row so a cost can be recomputed. */
export const PRICE_TABLE_VERSION = "2026-11-01";

/** USD per 1M tokens. `cachedInput` applies to the provider-cached part of the input. */
export interface ModelPrice {
  readonly input: number;
  readonly cachedInput: number;
  readonly output: number;
}

/**
 * List prices as of {@link PRICE_TABLE_VERSION}. A price change is a new
 * version, never an edit in place: old ledger rows keep the version they were
 * priced with. Workers AI bills neurons ($0.011 / 1k); its per-token list price
 * is used here and it has no prompt-cache discount. DeepSeek reprices often:
 * re-check its pricing page when bumping the version.
 */
export const PRICE_TABLE: Readonly<Record<string, ModelPrice>> = {
  "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6 },
  "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6 },
  "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10 },
  "deepseek-chat": { input: 0.28, cachedInput: 0.028, output: 0.42 },
  "deepseek-reasoner": { input: 0.28, cachedInput: 0.028, output: 0.42 },
  "@cf/meta/llama-3.1-8b-instruct": { input: 0.282, cachedInput: 0.282, output: 0.827 },
  offline: { input: 0, cachedInput: 0, output: 0 },
};

// OpenAI answers with dated snapshots ("gpt-4o-mini-2024-07-18"), priced as the alias.
const DATED_SNAPSHOT = /-\d{4}-\d{2}-\d{2}$/;

/**
 * The price of `model`, matching case-insensitively, with or without an AI
 * Gateway provider prefix ("openai/gpt-4o-mini", "workers-ai/@cf/meta/…") and
 * with or without a dated snapshot suffix. Never a prefix or fuzzy match:
 * "gpt-4o-mini" must not be priced as "gpt-4o".
 *
 * @example
 * priceOf("openai/gpt-4o-mini")?.output; // 0.6
 * priceOf("gpt-5-turbo"); // undefined
 */
export function priceOf(model: string, table: Readonly<Record<string, ModelPrice>> = PRICE_TABLE): ModelPrice | undefined {
  let name = model.trim().toLowerCase();
  if (!name.startsWith("@") && name.includes("/")) name = name.slice(name.indexOf("/") + 1);
  return (Object.hasOwn(table, name) ? table[name] : undefined) ?? table[name.replace(DATED_SNAPSHOT, "")];
}

/** The cost of one call: USD, or `null` with `unpriced: true` when the model is not in the table. */
export interface Cost {
  readonly usd: number | null;
  readonly unpriced: boolean;
  readonly priceTableVersion: string;
}

/**
 * Prices `usage` of `model`. An unknown model costs `null` (unpriced), never 0:
 * a guess of 0 would hide spend from budgets and roll-ups.
 *
 * @example
 * costOf("gpt-4o-mini", { input: 1_000_000, output: 0, cached: 0 }).usd; // 0.15
 * costOf("mystery-model", usage); // { usd: null, unpriced: true, … }
 */
export function costOf(model: string, usage: TokenUsage, table: Readonly<Record<string, ModelPrice>> = PRICE_TABLE): Cost {
  const price = priceOf(model, table);
  if (!price) return { usd: null, unpriced: true, priceTableVersion: PRICE_TABLE_VERSION };
  const input = Math.max(0, usage.input);
  const cached = Math.min(Math.max(0, usage.cached), input);
  const micro = (input - cached) * price.input + cached * price.cachedInput + Math.max(0, usage.output) * price.output;
  // Rounded to 1e-12 USD so sums of float products compare exactly in tests and roll-ups.
  return { usd: Math.round(micro * 1e6) / 1e12, unpriced: false, priceTableVersion: PRICE_TABLE_VERSION };
}
