import { END, START, StateGraph } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import type { PromptTemplates } from "@agentic-sales/shared/gateway";
import { CampaignInput, CampaignOutput } from "./campaign/campaign-schemas.ts";
import { CampaignState, type CampaignStateValue } from "./campaign/campaign-state.ts";
import { checkReply } from "./campaign/nodes/check-reply.ts";
import { generateTouch } from "./campaign/nodes/generate-touch.ts";
import { guard } from "./campaign/nodes/guard.ts";
import { record } from "./campaign/nodes/record.ts";
import { review } from "./campaign/nodes/review.ts";
import { scheduleNext } from "./campaign/nodes/schedule-next.ts";
import { sendTouch } from "./campaign/nodes/send-touch.ts";
import { wait } from "./campaign/nodes/wait.ts";

/** Must equal the registry row's `promptVersion`. The touches' own prompt is email_outreach's (`outreach-v1`). */
export const PROMPT_VERSION = "campaign-v1";

/** No prompt of its own: every touch is composed by email_outreach, whose templates are pinned there. */
export const PROMPT_TEMPLATES = {} satisfies PromptTemplates;

export const contract = defineContract({
  graph: "campaign",
  version: "1.0.0",
  input: CampaignInput,
  output: CampaignOutput,
});

const afterGuard = (s: CampaignStateValue) =>
  s.decision?.action === "send" ? "generate_touch" : s.decision?.action === "stop" ? END : "wait";

const afterGenerate = (s: CampaignStateValue) => (s.draft?.needs_review && !s.draft.approved ? "review" : "send_touch");

// An invalid resume value loops back to `review`, which pauses again showing the error.
const afterReview = (s: CampaignStateValue) => {
  if (s.status === "stopped") return END;
  if (s.review_error) return "review";
  return s.status === "waiting" ? "wait" : "check_reply";
};

const afterSend = (s: CampaignStateValue) => (s.send_outcome === "unknown" ? "wait" : "record");

const afterSchedule = (s: CampaignStateValue) => (s.status === "done" ? END : "wait");

/**
 * The campaign graph, uncompiled: one durable thread per (campaign, contact).
 *
 * check_reply → guard → generate_touch → [review] → send_touch → record →
 * schedule_next → wait ⟲ check_reply. `guard` ends the thread (reply, bounce,
 * unsubscribe, do-not-contact, campaign stopped, max touches) or sends it to
 * `wait` (campaign paused; out-of-office, cadence, send window, daily cap).
 * `wait` interrupts with `{ kind: "wait", wake_at }`; the cron resumes it with
 * `Command({ resume: { now } })`. The clock is the input's or resume value's
 * `now`, never the wall clock, so days can be simulated. Nodes keep the
 * thread's `campaign_threads` row current, whoever resumed the run.
 *
 * @example
 * const graph = buildGraph().compile({ checkpointer });
 * const config = { configurable: { thread_id: campaignThreadId("cmp_1", "ct_9") }, context: { services } };
 * await graph.invoke({ campaign_id: "cmp_1", contact_id: "ct_9", now: Date.now() }, config);
 * // → { status: "waiting", step: 1, wake_at: …, __interrupt__: [{ value: { kind: "wait", wake_at: … } }] }
 * await graph.invoke(new Command({ resume: { now: wakeAt } }), config);
 */
export function buildGraph() {
  return new StateGraph({ state: CampaignState, input: CampaignInput, output: CampaignOutput })
    .addNode("check_reply", checkReply)
    .addNode("guard", guard)
    .addNode("generate_touch", generateTouch)
    .addNode("review", review)
    .addNode("send_touch", sendTouch)
    .addNode("record", record)
    .addNode("schedule_next", scheduleNext)
    .addNode("wait", wait)
    .addEdge(START, "check_reply")
    .addEdge("check_reply", "guard")
    .addConditionalEdges("guard", afterGuard, ["generate_touch", "wait", END])
    .addConditionalEdges("generate_touch", afterGenerate, ["review", "send_touch"])
    .addConditionalEdges("review", afterReview, ["review", "check_reply", "wait", END])
    .addConditionalEdges("send_touch", afterSend, ["record", "wait"])
    .addEdge("record", "schedule_next")
    .addConditionalEdges("schedule_next", afterSchedule, ["wait", END])
    .addEdge("wait", "check_reply");
}
