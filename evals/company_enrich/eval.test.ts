import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { contract } from "../../workers/enrichment/src/graphs/company-enrich.ts";
import type { CompanyEnrichInput, CompanyEnrichOutput } from "../../workers/enrichment/src/graphs/company-enrich/enrich-schemas.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import { liveWorker } from "../lib/live-workers.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as enrich from "./evaluators.ts";
import type { EnrichReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<CompanyEnrichInput, EnrichReference>;
const enrichment = liveWorker("enrichment");

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

defineGraphEval({
  dataset,
  contract,
  concurrency: 4,
  run: {
    "in workerd against the fixture web (offline)": async (input) => contract.output.parse(await enrichment.run("company_enrich", input)),
  },
  evaluators: enrich.evaluators,
  canFail: {
    example,
    accepts: [{ output: good }],
    rows: [
      { name: "wrong name", evaluator: enrich.name, output: { ...good, name: "Acme Holding" } },
      { name: "HQ in the wrong city", evaluator: enrich.hqCity, output: { ...good, hq_location: "Berlin, Germany" } },
      { name: "wrong industry", evaluator: enrich.industry, output: { ...good, industry: null } },
      { name: "headcount off", evaluator: enrich.employees, output: { ...good, employee_count: { min: 500, max: 500, method: "text" } } },
      { name: "technology missed", evaluator: enrich.techRecall, output: { ...good, tech_signals: [] } },
      { name: "inconsistent quality", evaluator: enrich.quality, output: { ...good, quality: { ...good.quality, quality: 0.5 } } },
      { name: "band off its thresholds", evaluator: enrich.quality, output: { ...good, quality: { ...good.quality, band: "stale" } } },
      { name: "fact from another site", evaluator: enrich.provenance, output: { ...good, sources: { name: { url: "https://directory.example/acme", observed_at: AT, method: "json-ld" } } } },
    ],
  },
});
