import "../../../../shared/src/runtime/async-local-storage.ts";
import { describe, expect, it } from "vitest";
import { PROMPT_VERSION, buildGraph, contract } from "./country-classify.ts";
import { SYSTEM_PROMPT } from "./country-classify.prompt.ts";

describe("country_classify graph", () => {
  it.each([
    { location: "Berlin, Germany", country: "DE" },
    { location: "Cambridge, MA (remote-friendly)", country: "US" },
    { location: "  Zürich,   Schweiz ", country: "CH" },
    { location: "Remote (global)", country: null },
  ])("$location -> $country", async ({ location, country }) => {
    const state = await buildGraph().compile().invoke({ location });

    expect(state.country).toBe(country);
    expect(state.provider).toBe("offline");
    expect(state.prompt_version).toBe("country-v2");
    expect(contract.output.parse(state)).toEqual({
      country,
      confidence: state.confidence,
      reasons: state.reasons,
      provider: "offline",
      prompt_version: PROMPT_VERSION,
      skip_reason: null,
    });
  });

  it("normalises before classifying", async () => {
    const state = await buildGraph().compile().invoke({ location: "  Berlin,\n\tGermany  " });
    expect(state.normalized_location).toBe("Berlin, Germany");
  });

  it("compiles with no checkpointer and keeps no state between runs", async () => {
    const graph = buildGraph().compile();
    await graph.invoke({ location: "Paris, France" });
    expect((await graph.invoke({ location: "Tokyo" })).country).toBe("JP");
  });
});

describe("country_classify contract", () => {
  it("is version 1.1.0 and carries the registry's prompt version", () => {
    expect(contract.version).toBe("1.1.0");
    expect(PROMPT_VERSION).toBe("country-v2");
    expect(SYSTEM_PROMPT.text).toContain(PROMPT_VERSION);
  });

  it.each([
    { input: { location: "Berlin" }, ok: true },
    { input: { location: "" }, ok: true },
    { input: { location: "Berlin", country: "DE" }, ok: false },
    { input: { location: 42 }, ok: false },
    { input: {}, ok: false },
    { input: { location: "x".repeat(501) }, ok: false },
  ])("input $input -> ok: $ok", ({ input, ok }) => {
    expect(contract.input.safeParse(input).success).toBe(ok);
  });

  it.each([
    { country: "de", why: "lower case" },
    { country: "DEU", why: "alpha-3" },
  ])("rejects country $country ($why)", ({ country }) => {
    const output = { country, confidence: 0.9, reasons: [], provider: "offline", prompt_version: PROMPT_VERSION };
    expect(contract.output.safeParse(output).success).toBe(false);
  });

  it("rejects more than two reasons, out-of-range confidence and an empty provider", () => {
    const valid = { country: "DE", confidence: 0.9, reasons: ["a"], provider: "offline", prompt_version: PROMPT_VERSION };
    expect(contract.output.safeParse(valid).success).toBe(true);
    expect(contract.output.safeParse({ ...valid, reasons: ["a", "b", "c"] }).success).toBe(false);
    expect(contract.output.safeParse({ ...valid, confidence: 1.2 }).success).toBe(false);
    expect(contract.output.safeParse({ ...valid, provider: "" }).success).toBe(false);
    expect(contract.output.safeParse({ ...valid, provider: "openai-compatible" }).success).toBe(true);
  });

  it("ignores unknown output keys", () => {
    const output = { country: null, confidence: 0.9, reasons: [], provider: "offline", prompt_version: PROMPT_VERSION, extra: 1 };
    expect(contract.output.parse(output)).not.toHaveProperty("extra");
  });
});
