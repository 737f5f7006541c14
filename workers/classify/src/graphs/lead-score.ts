import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import type { EngagementResult, OutcomeEvent } from "../scoring/engagement-score.ts";
import type { LeadFacts } from "../scoring/fit-dimensions.ts";
import type { FitResult } from "../scoring/fit-score.ts";
import type { IcpConfig } from "../scoring/icp-config.ts";
import type { Tier } from "../scoring/lead-tier.ts";
import { scoreLead } from "../scoring/score-lead.ts";
import { PROMPT_VERSION } from "./lead-score.prompt.ts";

export { PROMPT_VERSION } from "./lead-score.prompt.ts";
export { contract, type LeadScoreInput, type LeadScoreOutput } from "./lead-score/lead-contract.ts";

/** No model, no prompt: nothing to pin beyond the version. */
export const PROMPT_TEMPLATES = {} as const;

const LeadScoreState = Annotation.Root({
  lead: Annotation<LeadFacts>,
  icp: Annotation<IcpConfig | undefined>,
  events: Annotation<OutcomeEvent[]>,
  as_of: Annotation<string>,
  half_life_days: Annotation<number | undefined>,
  fit: Annotation<Omit<FitResult, "disqualifiedBy"> & { disqualified_by: string | null }>,
  engagement: Annotation<EngagementResult>,
  score: Annotation<number>,
  tier: Annotation<Tier>,
  suppressed_by: Annotation<string | null>,
  reasons: Annotation<string[]>,
  icp_version: Annotation<string>,
  prompt_version: Annotation<string>,
});
type State = typeof LeadScoreState.State;

/** `score_lead`: the pure scorer on the run's input; `as_of` is the clock, so reruns agree. */
function scoreNode({ lead, icp, events, as_of, half_life_days }: State): Partial<State> {
  const result = scoreLead({ lead, events: events ?? [], as_of, ...(icp ? { icp } : {}), ...(half_life_days ? { half_life_days } : {}) });
  const { disqualifiedBy, ...fit } = result.fit;
  return {
    fit: { ...fit, disqualified_by: disqualifiedBy },
    engagement: result.engagement,
    score: result.score,
    tier: result.tier,
    suppressed_by: result.suppressed_by,
    reasons: [...result.reasons],
    icp_version: result.icp_version,
    prompt_version: PROMPT_VERSION,
  };
}

/**
 * The `lead_score` graph, uncompiled: one `score_lead` node over the pure scoring
 * functions in `src/scoring/` (fit and engagement are separate axes there).
 *
 * @example
 * await buildGraph().compile().invoke({ lead: { industry: "Software", employee_count: 120, country: "DE", title: "VP Sales" },
 *   events: [{ kind: "meeting_booked", occurred_at: "2026-11-23T10:00:00Z" }], as_of: "2026-11-24T10:00:00Z" })
 * // { tier: "A1", score: 93, fit: { grade: "A", … }, engagement: { grade: 1, … }, … }
 */
export function buildGraph() {
  return new StateGraph(LeadScoreState).addNode("score_lead", scoreNode).addEdge(START, "score_lead").addEdge("score_lead", END);
}
