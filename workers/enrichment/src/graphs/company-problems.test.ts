import "../../../../shared/src/runtime/async-local-storage.ts";
import { env } from "cloudflare:workers";
import { createModelHub } from "@agentic-sales/shared/gateway";
import { describe, expect, inject, it } from "vitest";
import type { EnrichmentEnv } from "../env.ts";
import { enrichmentServicesOf } from "../services.ts";
import { buildGraph, contract, PROMPT_VERSION } from "./company-problems.ts";
import { SYSTEM_PROMPT } from "./company-problems.prompt.ts";

const services = () => enrichmentServicesOf({ SITE_ORIGIN_TEMPLATE: inject("fixtureWeb").originTemplate, FETCH_TIMEOUT_MS: "2000" } as EnrichmentEnv);

describe("company_problems on the fixture web", () => {
  it.each<{ domain: string; top: string[] }>([
    { domain: "nordwind-robotik.de", top: ["manual_processes", "long_lead_times", "hiring_shortage", "international_expansion"] },
    { domain: "lumiere-atelier.fr", top: ["international_expansion", "long_lead_times", "inventory_management"] },
    { domain: "brightpath-analytics.com", top: ["data_silos", "manual_processes", "customer_churn"] },
    { domain: "solaris-energia.es", top: ["regulatory_compliance", "energy_costs"] },
    { domain: "greenleaf-dental.co.uk", top: ["appointment_no_shows", "hiring_shortage"] },
  ])("$domain (rules, no hub)", async ({ domain, top }) => {
    const out = contract.output.parse(await buildGraph({ services: services() }).compile().invoke(contract.input.parse({ domain })));
    expect(out.problems.map((p) => p.id).slice(0, top.length)).toEqual(top);
    expect(out.provider).toBe("rules");
    for (const problem of out.problems) {
      for (const e of problem.evidence) {
        expect(new URL(e.url).hostname).toBe(domain);
        expect(e.fragment_url?.startsWith(`${e.url}#:~:text=`)).toBe(true);
      }
    }
  });

  it("goes through the hub (offline provider) when the run has one", async () => {
    const hub = createModelHub({ env: { DB: env.DB }, waitUntil: () => undefined, cache: null });
    const out = await buildGraph({ services: services() }).compile().invoke(contract.input.parse({ domain: "solaris-energia.es", limit: 1 }), { context: { services: { hub } } });
    expect(out).toMatchObject({ provider: "offline", skip_reason: null, prompt_version: PROMPT_VERSION });
    expect(out.problems.map((p: { id: string }) => p.id)).toEqual(["regulatory_compliance"]);
  });

  it("no pages read → no problems and a reason", async () => {
    const out = await buildGraph({ services: services() }).compile().invoke(contract.input.parse({ domain: "closed-gate.com" }));
    expect(out).toMatchObject({ problems: [], skip_reason: "no_pages_read" });
  });

  it("carries the prompt version in the system prompt", () => expect(SYSTEM_PROMPT.text).toContain(PROMPT_VERSION));
});
