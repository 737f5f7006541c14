import type { z } from "zod";
import { budgetAlert, budgetRefusal, claimAlert, readSpend, sendAlert, utcDay, webhookNotifier, type AlertNotifier, type BudgetLimits } from "./budgets.ts";
import { defaultRepair, parseJsonAs, type JsonResult, type RepairPrompt } from "./complete-json.ts";
import { graphBudgetUsd, parseGatewayConfig, type GatewayConfig } from "./config.ts";
import { d1CostLedger, type CostLedger } from "./cost-ledger.ts";
import { estimateInputTokens } from "./estimate-tokens.ts";
import { LedgerQueue } from "./internal/ledger-queue.ts";
import { chatWithDeadline } from "./internal/with-deadline.ts";
import { assertKillSwitchOff, skipReasonOf } from "./kill-switch.ts";
import { offlineProvider } from "./offline-provider.ts";
import { openAICompatibleFromEnv, type OpenAICompatibleEnv } from "./providers/openai-compatible.ts";
import { workersAiFromEnv, type WorkersAiEnv } from "./providers/workers-ai.ts";
import { traceModelCall } from "../telemetry/model-call-span.ts";
import { costOf, PRICE_TABLE_VERSION } from "./prices.ts";
import { cacheKeyOf, ResponseCache, type CacheLike } from "./response-cache.ts";
import { TokenMeter } from "./token-ceiling.ts";
import { ModelCallError, type CallRecord, type CallSite, type ChatRequest, type ModelCall, type ModelProvider, type ModelResult, type ProviderName, type ProviderResponse } from "./types.ts";

/** What `LLM_PROVIDER` can name out of the box; `replay` needs a cassette store, so callers register it. */
const NETWORK_PROVIDERS: Partial<Record<ProviderName, ProviderFactory>> = {
  offline: () => offlineProvider(),
  "openai-compatible": (env) => openAICompatibleFromEnv(env as OpenAICompatibleEnv),
  "workers-ai": (env) => workersAiFromEnv(env as WorkersAiEnv),
};

/** Output cap of a call that sets no `maxOutputTokens`. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 1024;
/** Deadline of a call that sets no `deadlineMs`. */
export const DEFAULT_DEADLINE_MS = 60_000;

/** Builds the provider `LLM_PROVIDER` names, from the request's env (secrets included). */
export type ProviderFactory = (env: object) => ModelProvider;

/** What an observer sees of a call before it runs: where it comes from and its shape, never the messages. */
export interface ObservedCall {
  readonly site: Pick<CallSite, "graph" | "node" | "promptVersion" | "feature">;
  readonly model?: string;
  readonly temperature: number;
  readonly json: boolean;
}

/** How a call that returned ended: `repaired`/`invalid_output` only for `completeJson`. */
export type ObservedOutcome = "ok" | "repaired" | "invalid_output";

/** What an observer sees of a call that returned: its records (one per provider call made) and outcome, never the content. */
export interface ObservedResult {
  readonly records: readonly CallRecord[];
  readonly outcome: ObservedOutcome;
}

/**
 * The hub's one tracing hook: wraps each `complete` / `completeJson` call (a
 * JSON call with its repair is one call). It must call `run` exactly once and
 * return or rethrow what it gives; a failure is a `ModelCallError` (or any
 * error the provider threw). The default, `traceModelCall`, opens a model-call
 * span when the request has telemetry on and only calls `run` when it is off.
 *
 * @example
 * const hub = createModelHub({ env, waitUntil, observe: async (call, run) => { const r = await run(); seen.push(r.records); return r; } });
 */
export type ModelCallObserver = (call: ObservedCall, run: () => Promise<ObservedResult>) => Promise<ObservedResult>;

export interface ModelHubOptions {
  /** The Worker's env: gateway vars are read from it on every call, `DB` holds ledger and budgets. */
  readonly env: object;
  /** `ctx.waitUntil`: ledger writes, cache stores and alerts run after the response. */
  readonly waitUntil: (promise: Promise<unknown>) => void;
  /** Use this provider whatever `LLM_PROVIDER` says (tests, evals). */
  readonly provider?: ModelProvider;
  /** Factories by `LLM_PROVIDER` name, merged over offline, openai-compatible and workers-ai. */
  readonly providers?: Partial<Record<ProviderName, ProviderFactory>>;
  readonly now?: () => Date;
  /** Cache API store; default `caches.default`, `null` disables the cache. */
  readonly cache?: CacheLike | null;
  /** Default: the D1 ledger on `env.DB` (none without it). */
  readonly ledger?: CostLedger;
  /** Budget alert delivery; default POSTs to `BUDGET_ALERT_WEBHOOK_URL`. */
  readonly notify?: AlertNotifier;
  /** Calls finishing within this window share one ledger batch. Default 20 ms. */
  readonly ledgerBatchMs?: number;
  /** How long this isolate reuses a budget spend read. Default 5 000 ms; 0 reads before every call. */
  readonly spendCacheMs?: number;
  /** Sees every call record. */
  readonly onRecord?: (record: CallRecord) => void;
  /** Wraps every call (tracing); default `traceModelCall` (spans when telemetry is on), `null` for none. */
  readonly observe?: ModelCallObserver | null;
  readonly callId?: () => string;
}

/**
 * Makes the hub of one request (one graph run): its token ceiling counts this
 * run's calls, and config is read from `env` per call, so a var or secret
 * change applies to the next request with no deploy.
 *
 * @example
 * const hub = createModelHub({ env, waitUntil: (p) => ctx.waitUntil(p) });
 * const { content } = await hub.complete({ site, messages, offline: () => ruleBasedAnswer(input) });
 */
export function createModelHub(options: ModelHubOptions): ModelHub {
  return new ModelHub(options);
}

/**
 * The one path of every LLM call: kill switch → token ceiling → budgets →
 * exact-match cache → provider (under the call's deadline) → telemetry record →
 * ledger (batched, after the response) → cache store.
 */
export class ModelHub {
  /** Every call record of this request, in completion order. */
  readonly records: CallRecord[] = [];
  /** `completeJson` repair calls made. */
  repairs = 0;
  /** Budget reads that failed; the call went ahead (budgets fail open, the kill switch does not). */
  budgetReadErrors = 0;

  private readonly env: object;
  private readonly db: D1Database | undefined;
  private readonly now: () => Date;
  private readonly meter = new TokenMeter();
  private readonly cache: ResponseCache | null;
  private readonly queue: LedgerQueue;
  private readonly factories: Partial<Record<ProviderName, ProviderFactory>>;
  private readonly built = new Map<ProviderName, ModelProvider>();
  private readonly alerted = new Set<string>();
  private readonly observer: ModelCallObserver | null;

  constructor(private readonly o: ModelHubOptions) {
    this.env = o.env;
    this.observer = o.observe === undefined ? traceModelCall : o.observe;
    const db = (o.env as { DB?: D1Database }).DB;
    this.db = db;
    this.now = o.now ?? (() => new Date());
    const store = o.cache === undefined ? (typeof caches === "undefined" ? null : caches.default) : o.cache;
    this.cache = store ? new ResponseCache(store) : null;
    this.factories = { ...NETWORK_PROVIDERS, ...o.providers };
    this.queue = new LedgerQueue({
      ledger: o.ledger ?? (db ? d1CostLedger(db) : null),
      db,
      waitUntil: o.waitUntil,
      batchMs: o.ledgerBatchMs ?? 20,
      notifier: () => this.notifier(),
    });
  }

  /** Tokens billed so far in this request. */
  get tokensUsed(): number {
    return this.meter.used;
  }

  /** Cache lookups and stores that failed (each call went on uncached). */
  get cacheErrors(): number {
    return this.cache?.errors ?? 0;
  }

  /** Ledger batches that failed to write. */
  get ledgerErrors(): number {
    return this.queue.errors;
  }

  /**
   * One model call. Throws `ModelCallError` (kill_switch, token_ceiling,
   * budget_exceeded, timeout, provider_error, misconfigured…): graphs catch it
   * and store `skipReasonOf(e)`.
   *
   * @example
   * const { content, record } = await hub.complete({ site, messages, offline: () => "DE" });
   */
  complete(call: ModelCall): Promise<ModelResult> {
    return this.observed(call, false, () => this.run(call, () => true), (r) => ({ records: [r.record], outcome: "ok" }));
  }

  /**
   * A call whose answer must be strict JSON matching `schema`. Invalid output
   * gets exactly one repair call; if that is invalid too (or refused), the
   * result is `{ value: null, reason }` — invalid output never throws. Refusals
   * of the first call (kill switch, budget…) still throw, as with `complete`.
   *
   * @example
   * const { value, reason } = await hub.completeJson(call, z.object({ country: z.string().length(2) }));
   * if (value === null) return { skipped: reason };
   */
  completeJson<T>(call: ModelCall, schema: z.ZodType<T>, repair: RepairPrompt = defaultRepair): Promise<JsonResult<T>> {
    return this.observed(call, true, () => this.runJson(call, schema, repair), (r) => ({
      records: r.records,
      outcome: r.value === null ? "invalid_output" : r.repaired ? "repaired" : "ok",
    }));
  }

  /** Writes queued ledger rows now (they are also flushed on their own after the response). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  // The observer sees the call's site and shape and, once it returned, its
  // records and outcome; the caller gets the call's own result or error. A
  // failing observer never fails the call: one that throws after the call
  // ran is ignored, one that never ran it gets it run untraced.
  private async observed<R>(call: ModelCall, json: boolean, fn: () => Promise<R>, summary: (result: R) => ObservedResult): Promise<R> {
    if (!this.observer) return fn();
    const { graph, node, promptVersion, feature } = call.site;
    const shape: ObservedCall = { site: { graph, node, promptVersion, feature }, model: call.model, temperature: call.temperature ?? 0, json: json || call.json === true };
    const box: { settled?: { ok: true; value: R } | { ok: false; error: unknown } } = {};
    const run = async () => {
      try {
        const value = await fn();
        box.settled = { ok: true, value };
        return summary(value);
      } catch (error) {
        box.settled = { ok: false, error };
        throw error;
      }
    };
    try {
      await this.observer(shape, run);
    } catch {
      // The call's own error is rethrown below.
    }
    const settled = box.settled;
    if (!settled) return fn();
    if (!settled.ok) throw settled.error;
    return settled.value;
  }

  private async runJson<T>(call: ModelCall, schema: z.ZodType<T>, repair: RepairPrompt): Promise<JsonResult<T>> {
    const valid = (content: string) => parseJsonAs(schema, content).ok;
    const first = await this.run({ ...call, json: true }, valid);
    const parsed = parseJsonAs(schema, first.content);
    if (parsed.ok) return { value: parsed.value, reason: null, repaired: false, records: [first.record] };

    this.repairs++;
    let second: ModelResult;
    try {
      second = await this.run({ ...call, json: true, messages: repair(first.content, parsed.problem, call) }, valid);
    } catch (e) {
      const refused = skipReasonOf(e);
      return { value: null, reason: `invalid_output: ${parsed.problem}; the repair call was refused (${refused}).`, repaired: false, records: [first.record] };
    }
    const records = [first.record, second.record];
    const fixed = parseJsonAs(schema, second.content);
    if (fixed.ok) return { value: fixed.value, reason: null, repaired: true, records };
    return { value: null, reason: `invalid_output: still invalid after one repair: ${fixed.problem}.`, repaired: false, records };
  }

  private async run(call: ModelCall, cacheIf: (content: string) => boolean): Promise<ModelResult> {
    const started = this.now();
    assertKillSwitchOff(this.env);
    const config = parseGatewayConfig(this.env);
    const provider = this.providerFor(config);
    const request = requestOf(call, provider, config);
    const reservation = this.meter.reserve(estimateInputTokens(request.messages) + request.maxOutputTokens, config.requestTokenCeiling);
    let settled = false;
    try {
      const limits: BudgetLimits = { globalUsd: config.globalBudgetUsd, graphUsd: graphBudgetUsd(config, call.site.graph) };
      await this.checkBudget(call.site.graph, limits, started, provider);

      // The offline provider is free and deterministic, and its answer may
      // depend on input outside the messages: caching it could only go stale.
      const cacheable = this.cache && config.cacheTtlSeconds > 0 && provider.name !== "offline" && (request.temperature === 0 || call.cacheable === true);
      const key = cacheable ? await cacheKeyOf({ ...request, provider: provider.name, promptVersion: call.site.promptVersion }) : null;
      const lookup = key ? await this.cache!.get(key) : { answer: undefined, failed: false };
      const cacheHit = lookup.answer !== undefined;
      const answer: ProviderResponse =
        lookup.answer ?? (await chatWithDeadline(provider, call.deadlineMs ?? DEFAULT_DEADLINE_MS, (signal) => provider.chat(request, call, signal)));

      // A hit bills nothing: no tokens, cost 0 (known, not unpriced).
      const usage = cacheHit ? { input: 0, output: 0, cached: 0 } : sanitized(answer.usage);
      // Priced as the model that answered (a gateway may route elsewhere than asked); unknown → unpriced, never a guess.
      const cost = cacheHit ? { usd: 0, unpriced: false, priceTableVersion: PRICE_TABLE_VERSION } : costOf(answer.model || request.model, usage);
      const record: CallRecord = {
        callId: this.o.callId?.() ?? crypto.randomUUID(),
        at: started.toISOString(),
        provider: provider.name,
        model: answer.model || request.model,
        graph: call.site.graph,
        node: call.site.node,
        promptVersion: call.site.promptVersion,
        feature: call.site.feature || "uncategorized",
        user: call.site.user ?? null,
        tenant: call.site.tenant ?? null,
        runId: call.site.runId ?? null,
        inputTokens: usage.input,
        outputTokens: usage.output,
        cachedTokens: usage.cached,
        costUsd: cost.usd,
        priceTableVersion: cost.priceTableVersion,
        unpricedModel: cost.unpriced,
        latencyMs: Math.max(0, this.now().getTime() - started.getTime()),
        cacheHit,
        // Provider HTTP attempts (retries) of this call; the repair call is a record of its own.
        attempts: cacheHit ? 0 : (answer.attempts ?? 1),
        cacheErrors: lookup.failed ? 1 : 0,
      };
      this.meter.settle(reservation, usage.input + usage.output);
      settled = true;
      this.records.push(record);
      this.o.onRecord?.(record);
      this.queue.add({ record, limits });
      // Invalid output is never cached: the next identical call gets a fresh try.
      if (key && !cacheHit && cacheIf(answer.content)) this.o.waitUntil(this.cache!.put(key, answer, config.cacheTtlSeconds));
      return { content: answer.content, record };
    } finally {
      if (!settled) this.meter.release(reservation);
    }
  }

  private providerFor(config: GatewayConfig): ModelProvider {
    if (this.o.provider) return this.o.provider;
    let provider = this.built.get(config.provider);
    if (!provider) {
      const factory = this.factories[config.provider];
      if (!factory) {
        throw new ModelCallError("misconfigured", `LLM_PROVIDER="${config.provider}" has no provider registered with this hub (createModelHub({ providers })).`);
      }
      provider = factory(this.env);
      this.built.set(config.provider, provider);
    }
    return provider;
  }

  private async checkBudget(graph: string, limits: BudgetLimits, at: Date, provider: ModelProvider): Promise<void> {
    const db = this.db;
    if (!db) {
      // Without D1 there is no spend to check against: only the free offline provider may run so.
      if (provider.name === "offline") return;
      throw new ModelCallError("misconfigured", `The "DB" (D1) binding is missing: provider "${provider.name}" needs it for budgets and the cost ledger.`);
    }
    const day = utcDay(at);
    let stored;
    try {
      stored = await readSpend(db, day, graph, { nowMs: at.getTime(), maxAgeMs: this.o.spendCacheMs ?? 5_000 });
    } catch (e) {
      this.budgetReadErrors++;
      console.error(JSON.stringify({ level: "error", msg: "budget_read_failed", graph, error: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const local = this.queue.unflushed(day, graph);
    const refusal = budgetRefusal(graph, { global: stored.global + local.global, graph: stored.graph + local.graph }, limits);
    if (!refusal) return;
    // A cap lowered below today's spend is crossed with no flush to notice it:
    // claim its alert here too (the alert table's key keeps it to one).
    const key = `${day}|${refusal.scope}`;
    if (!this.alerted.has(key)) {
      this.alerted.add(key);
      this.o.waitUntil(
        (async () => {
          const spent = await claimAlert(db, day, refusal.scope, refusal.limitUsd, at.toISOString());
          if (spent !== null) await sendAlert(db, budgetAlert(day, refusal.scope, spent, refusal.limitUsd), this.notifier());
        })().catch((e) => console.error(JSON.stringify({ level: "error", msg: "budget_alert_failed", error: String(e) }))),
      );
    }
    throw refusal.error;
  }

  private notifier(): AlertNotifier {
    if (this.o.notify) return this.o.notify;
    let url: string | undefined;
    try {
      url = parseGatewayConfig(this.env).alertWebhookUrl;
    } catch {
      url = undefined;
    }
    return webhookNotifier(url);
  }
}

function requestOf(call: ModelCall, provider: ModelProvider, config: GatewayConfig): ChatRequest {
  const maxOutputTokens = call.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
  const temperature = call.temperature ?? 0;
  if (!Number.isInteger(maxOutputTokens) || maxOutputTokens < 1) {
    throw new ModelCallError("misconfigured", `call.maxOutputTokens=${maxOutputTokens} (graph "${call.site.graph}", node "${call.site.node}") must be an integer ≥ 1.`);
  }
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new ModelCallError("misconfigured", `call.temperature=${temperature} (graph "${call.site.graph}", node "${call.site.node}") must be a number ≥ 0.`);
  }
  // A graph that names a model keeps it; otherwise the operator's LLM_MODEL, then the provider's default.
  return { model: call.model ?? config.model ?? provider.defaultModel, messages: call.messages, temperature, maxOutputTokens, json: call.json ?? false };
}

const count = (n: unknown) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.round(n) : 0);
const sanitized = (u: ProviderResponse["usage"] | undefined) => ({ input: count(u?.input), output: count(u?.output), cached: count(u?.cached) });
