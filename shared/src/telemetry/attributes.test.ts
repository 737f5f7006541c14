import { describe, expect, it } from "vitest";
import { allowedAttributes, ATTR, isAllowedAttribute } from "./attributes.ts";
import { isSafeToken } from "./privacy.ts";

describe("the attribute allowlist", () => {
  it("holds the GenAI cost attributes and the agentic_sales roll-ups", () => {
    for (const name of [
      "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.request.model", "gen_ai.provider.name", "gen_ai.operation.name",
      "agentic_sales.graph", "agentic_sales.feature", "agentic_sales.vertical", "agentic_sales.cost_usd", "agentic_sales.llm_latency_ms", "agentic_sales.llm_calls",
    ]) expect(isAllowedAttribute(name)).toBe(true);
  });

  type Row = { input: Record<string, unknown>; kept: Record<string, unknown>; refused: string[] };
  const CASES: Row[] = [
    { input: { [ATTR.node]: "classify", [ATTR.inputTokens]: 812 }, kept: { [ATTR.node]: "classify", [ATTR.inputTokens]: 812 }, refused: [] },
    // Names off the list are refused whatever their value.
    { input: { "email.subject": "Pricing", "gen_ai.input.messages": "[]" }, kept: {}, refused: ["email.subject", "gen_ai.input.messages"] },
    // Allowed names still refuse free text and addresses.
    { input: { [ATTR.graph]: "Hi Ada, thanks for reaching out" }, kept: {}, refused: [ATTR.graph] },
    { input: { [ATTR.threadId]: "ada.example@example.com" }, kept: {}, refused: [ATTR.threadId] },
    // Objects never go on a span.
    { input: { [ATTR.vertical]: { name: "saas" } }, kept: {}, refused: [ATTR.vertical] },
    // Missing values are skipped, not refused; NaN is refused.
    { input: { [ATTR.costUsd]: undefined, [ATTR.llmCalls]: null, [ATTR.llmLatencyMs]: Number.NaN }, kept: {}, refused: [ATTR.llmLatencyMs] },
    // A model id that starts with "@" is not an address.
    { input: { [ATTR.model]: "@cf/meta/llama-3.1-8b-instruct", [ATTR.cacheHit]: false }, kept: { [ATTR.model]: "@cf/meta/llama-3.1-8b-instruct", [ATTR.cacheHit]: false }, refused: [] },
  ];
  it.each(CASES)("%j", ({ input, kept, refused }) => expect(allowedAttributes(input)).toEqual({ attributes: kept, refused }));
});

describe("isSafeToken", () => {
  type Row = [string, boolean];
  const CASES: Row[] = [
    ["country_classify", true],
    ["/threads/6f1c3a52-7f0e-4e0b-9d8a-3b6f0c2d1e01/state", true],
    ["CLASSIFY:home", true],
    ["Could you send pricing?", false], // free text
    ["Pricing?\n", false],
    ["ada.example@example.com", false], // a person's address
    ["mailto:ADA@EXAMPLE.ORG", false],
    ["x".repeat(201), false], // too long to be an id
  ];
  it.each(CASES)("%j → %j", (value, safe) => expect(isSafeToken(value)).toBe(safe));
});
