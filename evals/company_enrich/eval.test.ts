import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { contract } from "../../workers/enrichment/src/graphs/company-enrich.ts";
import type { CompanyEnrichInput, CompanyEnrichOutput } from "../../workers/enrichment/src/graphs/company-enrich/enrich-schemas.ts";
import { startLiveWorker, type LiveWorker } from "../contact_discovery/live-worker.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as enrich from "./evaluators.ts";
import { evaluators, type EnrichEvaluator, type EnrichReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<CompanyEnrichInput, EnrichReference>;

describe("company_enrich dataset", () => {
  it("is versioned against the current contract and has enough unique examples", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
  });

  it.each(dataset.examples)("$id: input satisfies the contract", ({ input }) => {
    expect(contract.input.safeParse(input).error?.issues).toBeUndefined();
  });
});

describe("company_enrich in workerd against the fixture web (offline)", () => {
  let live: LiveWorker;
  const runs = new Map<string, CompanyEnrichOutput>();

  beforeAll(async () => {
    live = await startLiveWorker("enrichment");
    for (const example of dataset.examples) runs.set(example.id, contract.output.parse(await live.run("company_enrich", example.input)));
  }, 180_000);
  afterAll(() => live?.stop(), 30_000);

  it.each(dataset.examples)("$id: every evaluator passes", (example) => {
    const output = runs.get(example.id)!;
    expect(evaluators.map((evaluate) => evaluate({ output }, example)).filter((r) => r.score < 1)).toEqual([]);
  });
});

const example: EvalExample<CompanyEnrichInput, EnrichReference> = {
  id: "handmade",
  input: { domain: "acme.de" },
  reference: { name: "Acme GmbH", hq_city: "Hamburg", industry: "software", employees: [10, 20], tech: ["WordPress"], min_completeness: 0.8, skip_reason: null },
};
const AT = "2026-05-01T00:00:00.000Z";
const good: CompanyEnrichOutput = {
  domain: "acme.de",
  name: "Acme GmbH",
  description: "Software.",
  hq_location: "Hamburg, Germany",
  hq_country_declared: "DE",
  industry: { label: "software", confidence: 1, keywords: ["software"] },
  employee_count: { min: 12, max: 12, method: "json-ld" },
  tech_signals: [{ name: "WordPress", category: "cms", evidence: "generator", source_url: "https://acme.de/" }],
  languages: ["de"],
  sources: { name: { url: "https://acme.de/", observed_at: AT, method: "json-ld" } },
  quality: { quality: 0.9, completeness: 1, freshness: 0.9, band: "stable", missing: [], stale_fields: [] },
  pages: [],
  robots: {},
  skip_reason: null,
  observed_at: AT,
  prompt_version: "company-enrich-v1",
  provider: "offline",
};

describe("company_enrich evaluators can fail", () => {
  it("accept the known-good output", () => expect(evaluators.map((e) => e({ output: good }, example)).filter((r) => r.score < 1)).toEqual([]));

  it.each<{ name: string; evaluator: EnrichEvaluator; output: CompanyEnrichOutput }>([
    { name: "wrong name", evaluator: enrich.name, output: { ...good, name: "Acme Holding" } },
    { name: "HQ in the wrong city", evaluator: enrich.hqCity, output: { ...good, hq_location: "Berlin, Germany" } },
    { name: "wrong industry", evaluator: enrich.industry, output: { ...good, industry: null } },
    { name: "headcount off", evaluator: enrich.employees, output: { ...good, employee_count: { min: 500, max: 500, method: "text" } } },
    { name: "technology missed", evaluator: enrich.techRecall, output: { ...good, tech_signals: [] } },
    { name: "inconsistent quality", evaluator: enrich.quality, output: { ...good, quality: { ...good.quality, quality: 0.5 } } },
    { name: "band off its thresholds", evaluator: enrich.quality, output: { ...good, quality: { ...good.quality, band: "stale" } } },
    { name: "fact from another site", evaluator: enrich.provenance, output: { ...good, sources: { name: { url: "https://directory.example/acme", observed_at: AT, method: "json-ld" } } } },
  ])("$name scores below 1", ({ evaluator, output }) => expect(evaluator({ output }, example).score).toBeLessThan(1));
});
