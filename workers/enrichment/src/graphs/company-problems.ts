import { defineContract } from "@agentic-sales/shared";
import { END, START, StateGraph, StateSchema, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod";
import { scoreCompanyLink } from "../site/enrich-links.ts";
import { collectPageText } from "../site/page-text-collector.ts";
import { runServices } from "../site/run-services.ts";
import { screenDomain } from "../site/screen-domain.ts";
import type { EnrichmentServices } from "../services.ts";
import { crawlSite } from "@agentic-sales/shared/web";
import { detectProblems, type PageText } from "./company-problems/detect-problems.ts";
import { fromRules, problemsWithHub } from "./company-problems/hub-problems.ts";
import { CompanyProblemsInput, CompanyProblemsOutput } from "./company-problems/problems-schemas.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "./company-problems.prompt.ts";

export { PROMPT_VERSION } from "./company-problems.prompt.ts";
/** Every template the problem finder's prompt is made of (pinned per PROMPT_VERSION). */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT };

export const contract = defineContract({
  graph: "company_problems",
  version: "1.0.0",
  input: CompanyProblemsInput,
  output: CompanyProblemsOutput,
});

const ProblemsState = new StateSchema({
  ...CompanyProblemsInput.shape,
  ...CompanyProblemsOutput.partial().shape,
  domain: z.string(),
  texts: z.custom<PageText[]>().optional(),
});
type State = typeof ProblemsState.State;

/**
 * The company_problems graph, uncompiled: `screen` → `crawl` (home, about,
 * product, careers pages; visible text only) → `detect`. The phrase rules
 * always run; with the run's model hub the answer goes through it (the rules
 * are the offline provider's answer), without one the rules answer directly.
 * Evidence is page URLs with text fragments, never copied page text.
 *
 * @example
 * await buildGraph().compile().invoke({ domain: "acme.de" });
 * // { problems: [{ id: "hiring_shortage", label: "Hard to hire skilled staff", confidence: 0.53, evidence: [{ url, fragment_url }] }], … }
 */
export function buildGraph(options: { services?: EnrichmentServices } = {}) {
  const screen = ({ domain: raw }: State): Partial<State> => {
    const { domain, skip_reason } = screenDomain(raw);
    return { domain, skip_reason, problems: [], pages: [], robots: {}, provider: "rules", prompt_version: PROMPT_VERSION };
  };

  const crawl = async (state: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const services = options.services ?? runServices(config).enrichment;
    const result = await crawlSite<string>({
      domain: state.domain,
      client: services.client,
      maxPages: state.max_pages ?? services.defaultMaxPages,
      maxDepth: 2,
      scoreLink: (link) => scoreCompanyLink(link),
      extract: (scope) => collectPageText(scope),
    });
    return { texts: result.read.map((p) => ({ url: p.url, text: p.data })), pages: result.pages, robots: result.robots };
  };

  const detect = async ({ texts = [], limit }: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const detected = detectProblems(texts);
    const hub = runServices(config).hub;
    if (!hub || texts.length === 0) return { problems: fromRules(detected, limit), provider: "rules", skip_reason: texts.length === 0 ? "no_pages_read" : null, texts: [] };
    const { problems, provider, skipReason } = await problemsWithHub(hub, texts, detected, limit);
    return { problems, provider, skip_reason: skipReason, texts: [] };
  };

  return new StateGraph({ state: ProblemsState, input: CompanyProblemsInput, output: CompanyProblemsOutput })
    .addNode("screen", screen)
    .addNode("crawl", crawl)
    .addNode("detect", detect)
    .addEdge(START, "screen")
    .addConditionalEdges("screen", (s: State) => (s.skip_reason ? END : "crawl"), ["crawl", END])
    .addEdge("crawl", "detect")
    .addEdge("detect", END);
}
