import { parseKillSwitch } from "./kill-switch.ts";
import { ModelCallError, type ProviderName } from "./types.ts";

const PROVIDERS: readonly ProviderName[] = ["offline", "openai-compatible", "workers-ai", "replay"];

/**
 * Daily USD budgets when the env sets none: the global cap over all graphs, a
 * cap per graph (assistant id), and the cap of any graph not listed. A budget
 * of 0 turns that scope's model calls off.
 */
export const DEFAULT_BUDGETS_USD = {
  global: 25,
  graphs: { email_reply: 10, country_classify: 3, company_quality: 3, email_candidates: 2 } as Readonly<Record<string, number>>,
  otherGraph: 2,
} as const;

/** Tokens one request (one graph run) may spend across all its calls. */
export const DEFAULT_REQUEST_TOKEN_CEILING = 60_000;

/** How long an exact-match answer is reused: a day, so prompt edits show up by tomorrow even without a version bump. */
export const DEFAULT_CACHE_TTL_SECONDS = 86_400;

/** The gateway's configuration, parsed from `env` on every call. */
export interface GatewayConfig {
  readonly provider: ProviderName;
  readonly model: string | undefined;
  readonly killSwitch: boolean;
  readonly globalBudgetUsd: number;
  /** Per-graph daily budgets: the defaults overlaid with `LLM_GRAPH_BUDGETS_USD`. */
  readonly graphBudgetsUsd: Readonly<Record<string, number>>;
  readonly otherGraphBudgetUsd: number;
  readonly requestTokenCeiling: number;
  readonly alertWebhookUrl: string | undefined;
  /** 0 disables the exact-match cache. */
  readonly cacheTtlSeconds: number;
}

const misconfigured = (message: string) => new ModelCallError("misconfigured", message);
const shown = (raw: unknown) => String(raw).slice(0, 80);
const isUnset = (raw: unknown) => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

function usd(name: string, raw: unknown, fallback: number): number {
  if (isUnset(raw)) return fallback;
  const value = typeof raw === "number" ? raw : Number(String(raw).trim());
  if (!Number.isFinite(value) || value < 0) throw misconfigured(`${name}="${shown(raw)}" is not a non-negative number of USD.`);
  return value;
}

function positiveInt(name: string, raw: unknown, fallback: number, min: number): number {
  if (isUnset(raw)) return fallback;
  const value = typeof raw === "number" ? raw : Number(String(raw).trim());
  if (!Number.isInteger(value) || value < min) throw misconfigured(`${name}="${shown(raw)}" is not an integer ≥ ${min}.`);
  return value;
}

function graphBudgets(raw: unknown): Record<string, number> {
  const budgets: Record<string, number> = { ...DEFAULT_BUDGETS_USD.graphs };
  if (isUnset(raw)) return budgets;
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw misconfigured(`LLM_GRAPH_BUDGETS_USD is not JSON; expected an object like {"email_reply": 10}.`);
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw misconfigured(`LLM_GRAPH_BUDGETS_USD must be a JSON object of graph → USD, like {"email_reply": 10}.`);
  }
  for (const [graph, value] of Object.entries(parsed)) {
    if (isUnset(value)) throw misconfigured(`LLM_GRAPH_BUDGETS_USD.${graph} is empty; give a number of USD.`);
    budgets[graph] = usd(`LLM_GRAPH_BUDGETS_USD.${graph}`, value, 0);
  }
  return budgets;
}

function webhookUrl(raw: unknown): string | undefined {
  if (isUnset(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(String(raw).trim());
  } catch {
    // The URL usually embeds a token (Slack, PagerDuty): never echo it.
    throw misconfigured("BUDGET_ALERT_WEBHOOK_URL is not a URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw misconfigured("BUDGET_ALERT_WEBHOOK_URL must be an http(s) URL.");
  return url.href;
}

function provider(raw: unknown): ProviderName {
  if (isUnset(raw)) return "offline";
  const value = String(raw).trim().toLowerCase();
  if (!(PROVIDERS as readonly string[]).includes(value)) {
    throw misconfigured(`LLM_PROVIDER="${shown(raw)}" is not one of ${PROVIDERS.join(", ")}.`);
  }
  return value as ProviderName;
}

/**
 * Parses the gateway's vars from `env` (pure; vars may be strings or, from
 * wrangler `[vars]`, numbers). Throws `ModelCallError("misconfigured")` naming
 * the first bad var.
 *
 * @example
 * parseGatewayConfig({ LLM_PROVIDER: "workers-ai", LLM_DAILY_BUDGET_USD: "40" }).globalBudgetUsd; // 40
 */
export function parseGatewayConfig(env: object): GatewayConfig {
  const vars = env as Record<string, unknown>;
  const model = isUnset(vars.LLM_MODEL) ? undefined : String(vars.LLM_MODEL).trim();
  return {
    provider: provider(vars.LLM_PROVIDER),
    model,
    killSwitch: parseKillSwitch(vars.LLM_KILL_SWITCH),
    globalBudgetUsd: usd("LLM_DAILY_BUDGET_USD", vars.LLM_DAILY_BUDGET_USD, DEFAULT_BUDGETS_USD.global),
    graphBudgetsUsd: graphBudgets(vars.LLM_GRAPH_BUDGETS_USD),
    otherGraphBudgetUsd: DEFAULT_BUDGETS_USD.otherGraph,
    requestTokenCeiling: positiveInt("LLM_REQUEST_TOKEN_CEILING", vars.LLM_REQUEST_TOKEN_CEILING, DEFAULT_REQUEST_TOKEN_CEILING, 1),
    alertWebhookUrl: webhookUrl(vars.BUDGET_ALERT_WEBHOOK_URL),
    cacheTtlSeconds: positiveInt("LLM_CACHE_TTL_SECONDS", vars.LLM_CACHE_TTL_SECONDS, DEFAULT_CACHE_TTL_SECONDS, 0),
  };
}

/**
 * The daily USD budget of `graph` under `config`.
 *
 * @example
 * graphBudgetUsd(parseGatewayConfig({}), "email_reply"); // 10
 */
export const graphBudgetUsd = (config: GatewayConfig, graph: string): number =>
  Object.hasOwn(config.graphBudgetsUsd, graph) ? config.graphBudgetsUsd[graph]! : config.otherGraphBudgetUsd;
