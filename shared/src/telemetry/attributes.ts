import type { Attributes, AttributeValue } from "@opentelemetry/api";
import { isSafeToken } from "./privacy.ts";

/**
 * The only span attribute names the fleet emits, in three classes. A name that
 * is not here is refused when set through `allowedAttributes` and stripped at
 * export, so a new attribute is a reviewed one-line change to this file (and a
 * GenAI semconv rename, still "Development" status, is a one-file change too).
 */
export const ATTR = {
  // ── identity: joins a span to runs, threads and the peer's trace ──
  runId: "agentic_sales.run_id",
  assistantId: "agentic_sales.assistant_id",
  threadId: "agentic_sales.thread_id",
  peerTraceId: "agentic_sales.peer.trace_id",
  langsmithRunId: "agentic_sales.langsmith.run_id",
  langsmithRunUrl: "agentic_sales.langsmith.run_url",
  route: "agentic_sales.route",
  worker: "agentic_sales.worker",
  httpMethod: "http.request.method",
  httpStatus: "http.response.status_code",
  httpRoute: "http.route",
  urlPath: "url.path",
  faasTrigger: "faas.trigger",
  faasColdstart: "faas.coldstart",
  // ── call shape: enough to replay the exact call ──
  model: "gen_ai.request.model",
  provider: "gen_ai.provider.name",
  operation: "gen_ai.operation.name",
  temperature: "gen_ai.request.temperature",
  promptVersion: "agentic_sales.prompt_version",
  node: "agentic_sales.node",
  outcome: "agentic_sales.outcome",
  errorType: "error.type",
  // ── cost: sum spend by model, prompt, graph or feature with no price lookup ──
  inputTokens: "gen_ai.usage.input_tokens",
  outputTokens: "gen_ai.usage.output_tokens",
  graph: "agentic_sales.graph",
  feature: "agentic_sales.feature",
  vertical: "agentic_sales.vertical",
  costUsd: "agentic_sales.cost_usd",
  llmLatencyMs: "agentic_sales.llm_latency_ms",
  llmCalls: "agentic_sales.llm_calls",
  cacheHit: "agentic_sales.cache_hit",
} as const;

export type AttributeKey = keyof typeof ATTR;
export type AttributeName = (typeof ATTR)[AttributeKey];

const ALLOWED: ReadonlySet<string> = new Set(Object.values(ATTR));

/**
 * True when `name` is on the allowlist.
 *
 * @example
 * isAllowedAttribute("gen_ai.usage.input_tokens") // true
 * isAllowedAttribute("email.subject")             // false
 */
export const isAllowedAttribute = (name: string): name is AttributeName => ALLOWED.has(name);

const safeValue = (value: unknown): value is AttributeValue =>
  typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && isSafeToken(value));

/**
 * Splits `input` into what may go on a span and what is refused: names off the
 * allowlist, and values that are not numbers, booleans or safe tokens (free
 * text, addresses, objects). `undefined`/`null` values are skipped silently.
 *
 * @example
 * allowedAttributes({ "agentic_sales.node": "classify", "email.body": "Hi…" })
 * // { attributes: { "agentic_sales.node": "classify" }, refused: ["email.body"] }
 */
export function allowedAttributes(input: Readonly<Record<string, unknown>>): { attributes: Attributes; refused: string[] } {
  const attributes: Attributes = {};
  const refused: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    if (isAllowedAttribute(name) && safeValue(value)) attributes[name] = value;
    else refused.push(name);
  }
  return { attributes, refused };
}
