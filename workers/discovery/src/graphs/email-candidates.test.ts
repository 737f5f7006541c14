import "@agentic-sales/shared/runtime/async-local-storage";
import { describe, expect, it } from "vitest";
import { buildGraph, contract, PROMPT_VERSION } from "./email-candidates.ts";

const graph = buildGraph().compile();

describe("email_candidates graph", () => {
  it("normalises the name and domain and ranks candidates", async () => {
    const output = contract.output.parse(await graph.invoke({ person: { first_name: "José", last_name: "Müller" }, domain: "https://www.acme.io" }));
    expect(output).toMatchObject({ domain: "acme.io", skip_reason: null, flags: { free_mail: false, disposable: false }, prompt_version: PROMPT_VERSION, provider: "offline" });
    expect(output.candidates[0]).toEqual({ address: "jose.muller@acme.io", pattern: "first.last", confidence: 0.32, role: false });
  });

  it("puts a known pattern first", async () => {
    const output = await graph.invoke({ person: { first_name: "Ada", last_name: "Example" }, domain: "example.com", known_pattern: "flast" });
    expect(output.candidates?.[0]).toMatchObject({ address: "aexample@example.com", pattern: "flast", confidence: 0.9 });
  });

  it.each<{ domain: string; skip: string }>([
    { domain: "gmail.com", skip: "free_mail_domain" },
    { domain: "yopmail.com", skip: "disposable_domain" },
    { domain: "127.0.0.1", skip: "ip_address" },
    { domain: "acme.test", skip: "invalid_domain" },
  ])("skips $domain with $skip and no candidates", async ({ domain, skip }) => {
    const output = contract.output.parse(await graph.invoke({ person: { first_name: "Ada", last_name: "Example" }, domain }));
    expect(output).toMatchObject({ skip_reason: skip, candidates: [], provider: "offline" });
  });

  it.each<{ name: string; value: unknown }>([
    { name: "unknown key", value: { person: { first_name: "Ada", last_name: "Example" }, domain: "acme.io", company: "Acme" } },
    { name: "unknown person key", value: { person: { first_name: "Ada", last_name: "Example", email: "a@acme.io" }, domain: "acme.io" } },
    { name: "empty last name", value: { person: { first_name: "Ada", last_name: " " }, domain: "acme.io" } },
    { name: "unknown pattern", value: { person: { first_name: "Ada", last_name: "Example" }, domain: "acme.io", known_pattern: "first..last" } },
  ])("contract refuses $name", ({ value }) => {
    expect(contract.input.safeParse(value).success).toBe(false);
  });
});
