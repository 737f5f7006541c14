import { defineContract } from "@agentic-sales/shared";
import { END, START, StateGraph, StateSchema, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod";
import { scoreCompanyLink } from "../site/enrich-links.ts";
import { runServices } from "../site/run-services.ts";
import { screenDomain } from "../site/screen-domain.ts";
import { crawlSite, type ReadPage } from "@agentic-sales/shared/web";
import { assembleProfile } from "./company-enrich/assemble-profile.ts";
import { CompanyEnrichInput, CompanyEnrichOutput } from "./company-enrich/enrich-schemas.ts";
import { collectFacts } from "./company-enrich/extract/facts-collector.ts";
import type { PageFacts } from "./company-enrich/extract/site-facts.ts";
import type { EnrichmentServices } from "../services.ts";

/** Must equal the registry row's `promptVersion`; bump when extraction or scoring rules change. */
export const PROMPT_VERSION = "company-enrich-v1";
/** No model prompt: every step is a rule, so nothing to pin. */
export const PROMPT_TEMPLATES = {};

export const contract = defineContract({
  graph: "company_enrich",
  version: "1.0.0",
  input: CompanyEnrichInput,
  output: CompanyEnrichOutput,
});

const EnrichState = new StateSchema({
  ...CompanyEnrichInput.shape,
  ...CompanyEnrichOutput.partial().shape,
  domain: z.string(),
  observed_at: z.string(),
  skip_reason: z.string().nullable(),
  read: z.custom<ReadPage<PageFacts>[]>().optional(),
});
type State = typeof EnrichState.State;

/** Link hops from the home page: home → about → imprint is as deep as company facts go. */
const DEPTH = 2;

/**
 * The company_enrich graph, uncompiled: `screen` (registrable domain) →
 * `crawl` (home, about, imprint, contact, product and careers pages through
 * the careful fetch layer) → `profile` (name, description, HQ location
 * string, industry, size, tech signals, per-field provenance and composite
 * quality). The HQ string is not turned into a country here: callers run
 * country_classify on `hq_location` (no worker calls another).
 *
 * @example
 * await buildGraph().compile().invoke({ domain: "acme.de", as_of: "2026-05-01" });
 * // { name: "Acme GmbH", hq_location: "Hamburg, Germany", industry: { label: "industrial_automation", … }, quality: { quality: 0.9, band: "stable", … }, … }
 */
export function buildGraph(options: { services?: EnrichmentServices } = {}) {
  const screen = (state: State, config?: LangGraphRunnableConfig): Partial<State> => {
    const { domain, skip_reason } = screenDomain(state.domain);
    const clock = state.as_of ? new Date(state.as_of) : runServices(config).now();
    return { domain, skip_reason, observed_at: clock.toISOString(), prompt_version: PROMPT_VERSION, provider: "offline", pages: [], robots: {}, tech_signals: [], languages: [], sources: {} };
  };

  const crawl = async (state: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const services = options.services ?? runServices(config).enrichment;
    const result = await crawlSite<PageFacts>({
      domain: state.domain,
      client: services.client,
      maxPages: state.max_pages ?? services.defaultMaxPages,
      maxDepth: DEPTH,
      scoreLink: (link) => scoreCompanyLink(link),
      extract: (scope) => collectFacts(scope),
    });
    return { read: result.read, pages: result.pages, robots: result.robots };
  };

  const profile = ({ domain, read = [], observed_at, skip_reason }: State): Partial<State> => ({ ...assembleProfile(skip_reason ? null : domain, read, observed_at), read: [] });

  const afterScreen = (s: State) => (s.skip_reason ? "profile" : "crawl");
  return new StateGraph({ state: EnrichState, input: CompanyEnrichInput, output: CompanyEnrichOutput })
    .addNode("screen", screen)
    .addNode("crawl", crawl)
    .addNode("profile", profile)
    .addEdge(START, "screen")
    .addConditionalEdges("screen", afterScreen, ["crawl", "profile"])
    .addEdge("crawl", "profile")
    .addEdge("profile", END);
}
