import { END, interrupt, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import type { PromptTemplates } from "@agentic-sales/shared/gateway";
import type { MemoryStore } from "../stores/memory-store.ts";
import type { HubLike } from "./email-outreach/compose-touch.ts";
import { applyReview } from "./email-reply/apply-review.ts";
import type { ComposedDraft } from "./email-reply/compose-draft.ts";
import type { ReplyFlag } from "./email-reply/finalize-reply.ts";
import { draftWithHub } from "./email-reply/hub-draft.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT, TASK_TEMPLATES } from "./email-reply/reply-prompt.ts";
import { EmailReplyInput, EmailReplyOutput, type ReplyDraft } from "./email-reply/reply-schemas.ts";
import { ReplyState } from "./email-reply/reply-state.ts";
import { parseReviewDecision } from "./email-reply/review-decision.ts";
import { MEMORY_LABELS, memoryData } from "./memory-reflect/memory-data.ts";
import { recallFacts } from "./memory-reflect/recall-facts.ts";
import { servicesOf } from "./services-of.ts";

export { PROMPT_VERSION } from "./email-reply/reply-prompt.ts";

/**
 * Every template the draft call is made of (pinned per `PROMPT_VERSION` in
 * evals/prompt-hashes.json), including the memory block labels the system
 * prompt names.
 */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT, TASK_TEMPLATES, MEMORY_LABELS } satisfies PromptTemplates;

export const contract = defineContract({
  graph: "email_reply",
  // 1.1.0: optional memory inputs; model_skip_reason, flags and memory_used in the output.
  version: "1.1.0",
  input: EmailReplyInput,
  output: EmailReplyOutput,
});

/** What the reviewer sees at the pause; resume with a `ReviewDecision`. */
export interface ReviewRequest {
  readonly kind: "review";
  readonly draft: ReplyDraft;
  readonly send_allowed: boolean;
  readonly skip_reason: string | null;
  /** Why the draft is the template rather than the model's (a gateway refusal), if it is. */
  readonly model_skip_reason: string | null;
  /** What the reviewer should look at (see `ReplyFlag`). */
  readonly flags: readonly string[];
  /** Why the previous resume value was refused, if it was. */
  readonly error: string | null;
}

/** What `draft` uses: the hub always; the memory store when the worker provides it. */
interface ReplyServices {
  readonly hub: HubLike;
  readonly memory?: Pick<MemoryStore, "recall">;
}

/**
 * `draft`: recalls memory (every reply is reviewed by a human before send, so
 * `inbound_unverified` facts are admitted) and drafts through the hub. Clears
 * what an earlier run on the thread left.
 */
async function draftNode(state: typeof ReplyState.State, config: LangGraphRunnableConfig): Promise<typeof ReplyState.Update> {
  const { hub, memory } = servicesOf<ReplyServices>(config, ["hub"], "email_reply");
  const input = EmailReplyInput.parse(inputOf(state));
  const recalled = await recallFacts(memory, { contactId: input.contact_id, companyId: input.company_id, humanReviewed: true }, input.memory ?? []);
  const { data, used } = memoryData(recalled.facts, { humanReviewed: true });
  const draft = await draftWithHub(input, hub, data, config.runId);
  const flags: ReplyFlag[] = recalled.error ? [...draft.flags, "memory_unavailable"] : draft.flags;
  return {
    reply: draft.reply,
    send_allowed: draft.send_allowed,
    skip_reason: draft.skip_reason,
    model_skip_reason: draft.model_skip_reason,
    flags,
    memory_used: draft.prompted ? used.length : 0,
    decision: null,
    review_error: null,
    status: null,
    rejection_reason: null,
    prompt_version: PROMPT_VERSION,
    provider: draft.provider,
  };
}

/** The input fields of the state (optional ones only when set, so the strict schema sees no `undefined`). */
function inputOf(state: typeof ReplyState.State): EmailReplyInput {
  const { inbound, sender, intent, contact_id, company_id, memory } = state;
  return { inbound, sender, ...(intent ? { intent } : {}), ...(contact_id ? { contact_id } : {}), ...(company_id ? { company_id } : {}), ...(memory ? { memory } : {}) };
}

function draftOf(state: typeof ReplyState.State): Pick<ComposedDraft, "reply" | "send_allowed"> {
  if (!state.reply || state.send_allowed === undefined) throw new Error("email_reply: review reached without a draft");
  return { reply: state.reply, send_allowed: state.send_allowed };
}

const reviewNode: typeof ReplyState.Node = (state) => {
  const { reply, send_allowed } = draftOf(state);
  const request: ReviewRequest = {
    kind: "review",
    draft: reply,
    send_allowed,
    skip_reason: state.skip_reason ?? null,
    model_skip_reason: state.model_skip_reason ?? null,
    flags: state.flags ?? [],
    error: state.review_error ?? null,
  };
  const parsed = parseReviewDecision(interrupt(request));
  return parsed.ok ? { decision: parsed.decision, review_error: null } : { decision: null, review_error: parsed.error };
};

// An invalid resume value loops back to `review`, which pauses again with the error shown.
const afterReview = (state: typeof ReplyState.State) => (state.decision ? "finalize" : "review");

const finalizeNode: typeof ReplyState.Node = (state) => {
  if (!state.decision) throw new Error("email_reply: finalize reached without a decision");
  return applyReview(draftOf(state), state.decision);
};

/**
 * The email_reply graph, uncompiled: `draft` drafts the reply through the
 * model hub (`config.context.services.hub`; offline: the deterministic
 * template) with recalled memory, `review` always pauses for a human
 * (`interrupt`), `finalize` records the outcome. Nothing is sent here;
 * `send_allowed` tells the caller whether it may.
 *
 * @example
 * const graph = buildGraph().compile({ checkpointer: new MemorySaver() });
 * const config = { configurable: { thread_id: "t1" }, context: { services: { hub } } };
 * await graph.invoke({ inbound: { subject: "Demo?", body: "…" }, sender: { name: "Sam", company: "Acme" }, intent: "interested" }, config);
 * // → { …, __interrupt__: [{ value: { kind: "review", draft: { subject: "Re: Demo?", … } } }] }
 * await graph.invoke(new Command({ resume: { action: "approve" } }), config);
 * // → { status: "approved", send_allowed: true, reply: { … }, … }
 */
export function buildGraph() {
  return new StateGraph({ state: ReplyState, input: EmailReplyInput, output: EmailReplyOutput })
    .addNode("draft", draftNode)
    .addNode("review", reviewNode)
    .addNode("finalize", finalizeNode)
    .addEdge(START, "draft")
    .addEdge("draft", "review")
    .addConditionalEdges("review", afterReview, ["review", "finalize"])
    .addEdge("finalize", END);
}
