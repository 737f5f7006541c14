import { env } from "cloudflare:workers";
import type { BudgetAlert } from "../budgets.ts";
import { createModelHub, type ModelHubOptions } from "../hub.ts";
import type { CacheLike } from "../response-cache.ts";
import type { CallSite, ChatRequest, ModelCall, ModelProvider, ProviderName, ProviderResponse, TokenUsage } from "../types.ts";

/** One scripted answer: text (with the default usage), a full response, an error to throw, or a function of the request. */
export type Step = string | Partial<ProviderResponse> | Error | ((request: ChatRequest, signal: AbortSignal) => Promise<ProviderResponse>);

/** A provider that answers from a script, in order, and records what it was asked. */
export function scriptedProvider(
  script: Step[],
  o: { name?: ProviderName; model?: string; usage?: TokenUsage } = {},
): ModelProvider & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  const model = o.model ?? "gpt-4o-mini";
  const usage = o.usage ?? { input: 1_000, output: 100, cached: 0 };
  return {
    name: o.name ?? "openai-compatible",
    defaultModel: model,
    requests,
    async chat(request, _call, signal) {
      requests.push(request);
      const step = script.length > 1 ? script.shift()! : script[0];
      if (step === undefined) throw new Error("script exhausted");
      if (step instanceof Error) throw step;
      if (typeof step === "function") return step(request, signal);
      if (typeof step === "string") return { content: step, model, usage };
      return { content: "", model, usage, ...step };
    },
  };
}

export const site = (over: Partial<CallSite> = {}): CallSite => ({
  graph: "country_classify",
  node: "classify",
  promptVersion: "country-v1",
  feature: "classification",
  ...over,
});

export const modelCall = (over: Partial<ModelCall> = {}): ModelCall => ({
  site: site(),
  messages: [
    { role: "system", content: "Answer with the ISO country code." },
    { role: "user", content: "Berlin, Germany" },
  ],
  offline: () => "DE",
  ...over,
});

/** A hub on the test D1 with `waitUntil` captured, alerts collected and the cache off unless given. */
export function harness(options: Partial<ModelHubOptions> & { vars?: Record<string, unknown> } = {}) {
  const pending: Promise<unknown>[] = [];
  const alerts: BudgetAlert[] = [];
  const { vars, ...rest } = options;
  const hub = createModelHub({
    env: { DB: env.DB, ...vars },
    waitUntil: (p) => void pending.push(p),
    cache: null,
    notify: async (alert) => void alerts.push(alert),
    spendCacheMs: 0,
    ledgerBatchMs: 5,
    ...rest,
  });
  /** Settles everything handed to waitUntil, including work scheduled by it. */
  const drain = async () => {
    while (pending.length) await Promise.all(pending.splice(0));
  };
  return { hub, pending, alerts, drain };
}

/** A Cache API stand-in whose calls all throw, counting them. */
export function faultyCache(): CacheLike & { calls: number } {
  const cache = {
    calls: 0,
    async match(): Promise<Response | undefined> {
      cache.calls++;
      throw new Error("cache unavailable (match)");
    },
    async put(): Promise<void> {
      cache.calls++;
      throw new Error("cache unavailable (put)");
    },
  };
  return cache;
}

/** `db` with its `batch()` calls recorded (statement count of each). */
export function batchSpy(db: D1Database): { db: D1Database; batches: number[] } {
  const batches: number[] = [];
  const spy = new Proxy(db, {
    get(target, prop) {
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) => {
          batches.push(statements.length);
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: spy, batches };
}

export const ledgerRows = async (graph: string) =>
  (await env.DB.prepare("SELECT * FROM cost_ledger WHERE graph = ? ORDER BY at, call_id").bind(graph).all<Record<string, unknown>>()).results;
