import type { CallSite } from "../types.ts";

/** Per-gateway request options (Cloudflare AI Gateway header glossary). */
export interface AiGatewayOptions {
  /** `CF_AIG_TOKEN`: sent as `cf-aig-authorization`; `Authorization` stays the provider key. */
  readonly token?: string;
  /** `cf-aig-cache-ttl` in seconds. */
  readonly cacheTtlSeconds?: number;
  /** `cf-aig-skip-cache: true`. */
  readonly skipCache?: boolean;
}

/**
 * True for AI Gateway base URLs: the `gateway.ai.cloudflare.com` host or a
 * `…/compat` path (the OpenAI-compatible endpoint).
 *
 * @example
 * isAiGatewayUrl("https://gateway.ai.cloudflare.com/v1/acct/gw/compat"); // true
 * isAiGatewayUrl("https://api.openai.com/v1"); // false
 */
export function isAiGatewayUrl(baseUrl: string): boolean {
  const url = new URL(baseUrl);
  return url.hostname === "gateway.ai.cloudflare.com" || /\/compat\/?$/.test(url.pathname);
}

/**
 * Log metadata for spend-limit rules and analytics: the gateway accepts at most
 * 5 entries, so only the keys budgets split on (graph, node, feature, prompt
 * version, tenant). Never the user id: gateway logs are not a PII store.
 *
 * @example
 * aiGatewayMetadata({ graph: "email_reply", node: "draft", promptVersion: "v2", feature: "outreach" });
 * // { graph: "email_reply", node: "draft", feature: "outreach", prompt: "v2" }
 */
export function aiGatewayMetadata(site: CallSite): Record<string, string> {
  return {
    graph: site.graph,
    node: site.node,
    feature: site.feature,
    prompt: site.promptVersion,
    ...(site.tenant ? { tenant: site.tenant } : {}),
  };
}

/**
 * The `cf-aig-*` request headers for one call.
 *
 * @example
 * aiGatewayHeaders({ token: "t", skipCache: true }, site);
 * // { "cf-aig-authorization": "Bearer t", "cf-aig-metadata": "{…}", "cf-aig-skip-cache": "true" }
 */
export function aiGatewayHeaders(options: AiGatewayOptions, site: CallSite): Record<string, string> {
  return {
    ...(options.token ? { "cf-aig-authorization": `Bearer ${options.token}` } : {}),
    "cf-aig-metadata": JSON.stringify(aiGatewayMetadata(site)),
    ...(options.cacheTtlSeconds !== undefined ? { "cf-aig-cache-ttl": String(options.cacheTtlSeconds) } : {}),
    ...(options.skipCache ? { "cf-aig-skip-cache": "true" } : {}),
  };
}
