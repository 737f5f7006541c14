import { END, interrupt, START, StateGraph } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import { applyReview } from "./email-reply/apply-review.ts";
import { composeDraft, type ComposedDraft } from "./email-reply/compose-draft.ts";
import { EmailReplyInput, EmailReplyOutput, type ReplyDraft } from "./email-reply/reply-schemas.ts";
import { ReplyState } from "./email-reply/reply-state.ts";
import { parseReviewDecision } from "./email-reply/review-decision.ts";

/** Must equal the registry row's `promptVersion`; bump when the composed text changes. */
export const PROMPT_VERSION = "reply-v1";
const PROVIDER = "offline";

export const contract = defineContract({
  graph: "email_reply",
  version: "1.0.0",
  input: EmailReplyInput,
  output: EmailReplyOutput,
});

/** What the reviewer sees at the pause; resume with a `ReviewDecision`. */
export interface ReviewRequest {
  readonly kind: "review";
  readonly draft: ReplyDraft;
  readonly send_allowed: boolean;
  readonly skip_reason: string | null;
  /** Why the previous resume value was refused, if it was. */
  readonly error: string | null;
}

const draftNode: typeof ReplyState.Node = (state) => ({
  ...composeDraft(state),
  decision: null,
  review_error: null,
  status: null,
  rejection_reason: null,
  prompt_version: PROMPT_VERSION,
  provider: PROVIDER,
});

function draftOf(state: typeof ReplyState.State): Pick<ComposedDraft, "reply" | "send_allowed"> {
  if (!state.reply || state.send_allowed === undefined) throw new Error("email_reply: review reached without a draft");
  return { reply: state.reply, send_allowed: state.send_allowed };
}

const reviewNode: typeof ReplyState.Node = (state) => {
  const { reply, send_allowed } = draftOf(state);
  const request: ReviewRequest = { kind: "review", draft: reply, send_allowed, skip_reason: state.skip_reason ?? null, error: state.review_error ?? null };
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
 * The email_reply graph, uncompiled: `draft` composes an offline reply,
 * `review` always pauses for a human (`interrupt`), `finalize` records the
 * outcome. Nothing is sent here; `send_allowed` tells the caller whether it may.
 *
 * @example
 * const graph = buildGraph().compile({ checkpointer: new MemorySaver() });
 * const config = { configurable: { thread_id: "t1" } };
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
