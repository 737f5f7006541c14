import { defineContract } from "@agentic-sales/shared";
import type { ModelHub } from "@agentic-sales/shared/gateway";
import { END, START, StateGraph, StateSchema, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { FindDecisionMakerInput, FindDecisionMakerOutput } from "./find-decision-maker/decision-schemas.ts";
import { rankWithHub } from "./find-decision-maker/hub-ranker.ts";
import { DECISION_THRESHOLD, rankContacts } from "./find-decision-maker/rank-contacts.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "./find-decision-maker.prompt.ts";

export { PROMPT_VERSION } from "./find-decision-maker.prompt.ts";
/** Every template the ranker's prompt is made of (pinned per PROMPT_VERSION). */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT };

export const contract = defineContract({
  graph: "find_decision_maker",
  version: "1.0.0",
  input: FindDecisionMakerInput,
  output: FindDecisionMakerOutput,
});

const RankState = new StateSchema({ ...FindDecisionMakerInput.shape, ...FindDecisionMakerOutput.partial().shape });
type State = typeof RankState.State;

/**
 * The find_decision_maker graph, uncompiled: one `rank` node. The rules
 * (title → seniority and departments, matched to the persona) always run;
 * with the run's model hub (`config.context.services.hub`) the ranking goes
 * through it, the rules being the offline provider's answer. Without a hub
 * (plain compile in tests) the rules answer directly as provider `rules`.
 *
 * @example
 * await buildGraph().compile().invoke({ persona: { departments: ["sales"] }, contacts: [{ name: "Ada Example", title: "Head of Sales" }] });
 * // { ranked: [{ index: 0, name: "Ada Example", score: 0.78, seniority: "vp", departments: ["sales"], reasons: [...] }], decision_maker: {…}, provider: "rules", … }
 */
export function buildGraph() {
  const rank = async ({ persona, contacts, limit }: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const base = { prompt_version: PROMPT_VERSION };
    if (contacts.length === 0) return { ...base, ranked: [], decision_maker: null, skip_reason: "no_contacts", provider: "rules" };
    const rules = rankContacts(contacts, persona, limit);
    const hub = (config?.context as { services?: { hub?: ModelHub } } | undefined)?.services?.hub;
    const { ranked, provider, skipReason } = hub ? await rankWithHub(hub, persona, contacts, limit, rules) : { ranked: rules, provider: "rules", skipReason: null };
    const top = ranked[0];
    return { ...base, ranked, decision_maker: top && top.score >= DECISION_THRESHOLD ? top : null, skip_reason: skipReason, provider };
  };
  return new StateGraph({ state: RankState, input: FindDecisionMakerInput, output: FindDecisionMakerOutput })
    .addNode("rank", rank)
    .addEdge(START, "rank")
    .addEdge("rank", END);
}
