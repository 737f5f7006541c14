import "@agentic-sales/shared/runtime/async-local-storage";
import { describe, expect, it } from "vitest";
import { buildGraph, contract, PROMPT_VERSION } from "./company-quality.ts";

const input = {
  record: {
    fields: {
      name: { value: "Acme", observed_at: "2026-01-01" },
      domain: { value: "acme.io", observed_at: "2026-01-01" },
      employee_count: { value: 120, observed_at: "2025-07-05" },
      description: null,
    },
  },
  as_of: "2026-01-01T00:00:00Z",
};

describe("company_quality graph", () => {
  it("scores a record and tags the output with prompt version and provider", async () => {
    const output = await buildGraph().compile().invoke(input);
    const parsed = contract.output.parse(output);
    expect(parsed).toMatchObject({ band: "investigate", prompt_version: PROMPT_VERSION, provider: "offline" });
    expect(parsed.completeness).toBeCloseTo(0.55, 10);
    expect(parsed.quality).toBeCloseTo(0.4 + 0.15 * 0.5, 10);
    expect(parsed.missing).toEqual(["hq_location", "industry", "description", "tech_signals"]);
    expect(Object.keys(output)).not.toContain("record");
  });

  it.each<{ name: string; value: unknown }>([
    { name: "unknown top-level key", value: { ...input, now: "2026-01-01" } },
    { name: "unknown field name", value: { ...input, record: { fields: { employe_count: { value: 1, observed_at: "2026-01-01" } } } } },
    { name: "zone-less timestamp", value: { ...input, as_of: "2026-01-01T00:00:00" } },
    { name: "not a date", value: { ...input, as_of: "yesterday" } },
    { name: "missing as_of", value: { record: input.record } },
  ])("contract refuses $name", ({ value }) => {
    expect(contract.input.safeParse(value).success).toBe(false);
  });
});
