import { DEFAULT_BUDGETS_USD, DEFAULT_CACHE_TTL_SECONDS, DEFAULT_REQUEST_TOKEN_CEILING, graphBudgetUsd, parseGatewayConfig, type GatewayConfig } from "./config.ts";
import { isModelCallError } from "./types.ts";

interface Case {
  description: string;
  env: Record<string, unknown>;
  expected: Partial<GatewayConfig>;
}

const CASES: Case[] = [
  {
    description: "nothing set → offline with the code defaults",
    env: {},
    expected: {
      provider: "offline",
      model: undefined,
      killSwitch: false,
      globalBudgetUsd: DEFAULT_BUDGETS_USD.global,
      requestTokenCeiling: DEFAULT_REQUEST_TOKEN_CEILING,
      cacheTtlSeconds: DEFAULT_CACHE_TTL_SECONDS,
      alertWebhookUrl: undefined,
    },
  },
  // Empty strings are how an operator clears a dashboard var.
  { description: "empty strings fall back to defaults", env: { LLM_PROVIDER: "", LLM_DAILY_BUDGET_USD: " ", LLM_MODEL: "" }, expected: { provider: "offline", globalBudgetUsd: 25, model: undefined } },
  { description: "provider names are trimmed and case-insensitive", env: { LLM_PROVIDER: " Workers-AI " }, expected: { provider: "workers-ai" } },
  { description: "openai-compatible + model", env: { LLM_PROVIDER: "openai-compatible", LLM_MODEL: "gpt-4o-mini" }, expected: { provider: "openai-compatible", model: "gpt-4o-mini" } },
  { description: "replay", env: { LLM_PROVIDER: "replay" }, expected: { provider: "replay" } },
  { description: "kill switch on", env: { LLM_KILL_SWITCH: "TRUE" }, expected: { killSwitch: true } },
  { description: "budget as a string", env: { LLM_DAILY_BUDGET_USD: "12.5" }, expected: { globalBudgetUsd: 12.5 } },
  // wrangler [vars] may hold numbers, not strings.
  { description: "budget as a number", env: { LLM_DAILY_BUDGET_USD: 40 }, expected: { globalBudgetUsd: 40 } },
  { description: "a zero budget is allowed (turns calls off)", env: { LLM_DAILY_BUDGET_USD: "0" }, expected: { globalBudgetUsd: 0 } },
  { description: "token ceiling", env: { LLM_REQUEST_TOKEN_CEILING: "8000" }, expected: { requestTokenCeiling: 8000 } },
  { description: "cache TTL 0 disables the cache", env: { LLM_CACHE_TTL_SECONDS: "0" }, expected: { cacheTtlSeconds: 0 } },
  { description: "webhook URL", env: { BUDGET_ALERT_WEBHOOK_URL: "https://hooks.example.com/T0/B0/x" }, expected: { alertWebhookUrl: "https://hooks.example.com/T0/B0/x" } },
];

describe("parseGatewayConfig", () => {
  it.each(CASES)("$description", ({ env, expected }) => {
    expect(parseGatewayConfig(env)).toMatchObject(expected);
  });

  it("overlays LLM_GRAPH_BUDGETS_USD on the per-graph defaults; unlisted graphs get the other-graph cap", () => {
    const config = parseGatewayConfig({ LLM_GRAPH_BUDGETS_USD: '{"email_reply": 4, "new_graph": 1.5}' });
    expect(graphBudgetUsd(config, "email_reply")).toBe(4);
    expect(graphBudgetUsd(config, "new_graph")).toBe(1.5);
    expect(graphBudgetUsd(config, "country_classify")).toBe(DEFAULT_BUDGETS_USD.graphs.country_classify);
    expect(graphBudgetUsd(config, "unlisted")).toBe(DEFAULT_BUDGETS_USD.otherGraph);
    // Not fooled by prototype keys.
    expect(graphBudgetUsd(config, "toString")).toBe(DEFAULT_BUDGETS_USD.otherGraph);
  });
});

const INVALID: { env: Record<string, unknown>; names: string }[] = [
  { env: { LLM_PROVIDER: "anthropic" }, names: 'LLM_PROVIDER="anthropic"' },
  { env: { LLM_KILL_SWITCH: "maybe" }, names: "LLM_KILL_SWITCH" },
  { env: { LLM_DAILY_BUDGET_USD: "lots" }, names: "LLM_DAILY_BUDGET_USD" },
  { env: { LLM_DAILY_BUDGET_USD: "-1" }, names: "LLM_DAILY_BUDGET_USD" },
  { env: { LLM_GRAPH_BUDGETS_USD: "{email_reply: 4}" }, names: "LLM_GRAPH_BUDGETS_USD is not JSON" },
  { env: { LLM_GRAPH_BUDGETS_USD: "[4]" }, names: "LLM_GRAPH_BUDGETS_USD must be a JSON object" },
  { env: { LLM_GRAPH_BUDGETS_USD: '{"email_reply": "ten"}' }, names: "LLM_GRAPH_BUDGETS_USD.email_reply" },
  { env: { LLM_GRAPH_BUDGETS_USD: '{"email_reply": null}' }, names: "LLM_GRAPH_BUDGETS_USD.email_reply" },
  { env: { LLM_REQUEST_TOKEN_CEILING: "0" }, names: "LLM_REQUEST_TOKEN_CEILING" },
  { env: { LLM_REQUEST_TOKEN_CEILING: "1.5" }, names: "LLM_REQUEST_TOKEN_CEILING" },
  { env: { LLM_CACHE_TTL_SECONDS: "-5" }, names: "LLM_CACHE_TTL_SECONDS" },
  { env: { BUDGET_ALERT_WEBHOOK_URL: "not a url" }, names: "BUDGET_ALERT_WEBHOOK_URL" },
  { env: { BUDGET_ALERT_WEBHOOK_URL: "ftp://example.com/x" }, names: "BUDGET_ALERT_WEBHOOK_URL" },
];

describe("parseGatewayConfig rejects bad vars as misconfigured, naming the var", () => {
  it.each(INVALID)("%j", ({ env, names }) => {
    let error: unknown;
    try {
      parseGatewayConfig(env);
    } catch (e) {
      error = e;
    }
    expect(isModelCallError(error) && error.code).toBe("misconfigured");
    expect((error as Error).message).toContain(names);
  });

  it("never echoes the webhook URL (it usually embeds a token)", () => {
    expect(() => parseGatewayConfig({ BUDGET_ALERT_WEBHOOK_URL: "secret-token-123" })).toThrow(/^BUDGET_ALERT_WEBHOOK_URL is not a URL\.$/);
  });
});
