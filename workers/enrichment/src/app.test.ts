import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { enrichmentApp } from "./app.ts";

const post = (assistant_id: string, input: unknown, vars: Record<string, unknown>) =>
  enrichmentApp().request("/runs/wait", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id, input }) }, { ...env, ...vars });

describe("enrichment worker app", () => {
  it("runs company_enrich and company_problems through /runs/wait with the fetch client from env", async () => {
    const vars = { SITE_ORIGIN_TEMPLATE: inject("fixtureWeb").originTemplate };
    const enriched = (await (await post("company_enrich", { domain: "solaris-energia.es", as_of: "2026-05-01" }, vars)).json()) as { name: string; hq_location: string };
    expect(enriched).toMatchObject({ name: "Solaris Energía", hq_location: "41003 Sevilla, España" });
    const problems = (await (await post("company_problems", { domain: "solaris-energia.es" }, vars)).json()) as { problems: { id: string }[]; provider: string };
    expect(problems.problems[0]?.id).toBe("regulatory_compliance");
    // Every run has a hub; with no LLM_PROVIDER set it is the offline provider.
    expect(problems.provider).toBe("offline");
  });

  it("a malformed var fails the run naming it", async () => {
    const body = await (await post("company_enrich", { domain: "solaris-energia.es" }, { ENRICH_MAX_PAGES: "lots" })).text();
    expect(body).toContain("ENRICH_MAX_PAGES");
  });
});
