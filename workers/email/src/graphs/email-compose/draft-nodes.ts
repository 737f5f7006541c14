import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { buildGraph as buildOutreachGraph } from "../email-outreach.ts";
import { EmailOutreachInput, type EmailOutreachOutput } from "../email-outreach/outreach-schemas.ts";
import { memoryData } from "../memory-reflect/memory-data.ts";
import type { ComposeStateT, ComposeUpdate } from "./compose-state.ts";
import { servicesOfCompose } from "./context-nodes.ts";
import { refineTouch } from "./refine-draft.ts";
import { PROMPT_VERSION } from "./refine-prompt.ts";

// The email_outreach graph as a subgraph: compiled once per isolate, without a
// checkpointer (email_compose is stateless; a re-run recomposes).
let outreach: ReturnType<ReturnType<typeof buildOutreachGraph>["compile"]> | undefined;
const outreachGraph = () => (outreach ??= buildOutreachGraph().compile({ checkpointer: false }));

/** `compose`: the first draft, by email_outreach on the same hub (same run, same token ceiling). */
export async function compose(state: ComposeStateT, config: LangGraphRunnableConfig): Promise<ComposeUpdate> {
  const input = EmailOutreachInput.parse(state.ctx!.outreach);
  const touch = (await outreachGraph().invoke(input, { context: config.context, signal: config.signal, callbacks: config.callbacks })) as EmailOutreachOutput;
  return { touch };
}

/**
 * `refine`: the critique-and-revise pass, with recalled memory (first-party
 * facts always; inbound-derived ones only when a human reviews the draft).
 * Memory enters here, not in the first draft: email_outreach's pinned prompt
 * knows nothing of memory, and a revision that breaks a rule is dropped.
 */
export async function refine(state: ComposeStateT, config: LangGraphRunnableConfig): Promise<ComposeUpdate> {
  const { hub } = servicesOfCompose(config);
  const ctx = state.ctx!;
  const touch = state.touch!;
  const { data, used } = memoryData(state.recalled ?? [], { humanReviewed: ctx.humanReview });
  const outcome = await refineTouch(EmailOutreachInput.parse(ctx.outreach), touch, data, hub, config.runId);
  const final = outcome.value;
  const extra = [...(state.gate_flags ?? []), ...(state.memory_error ? ["memory_unavailable"] : [])];
  return {
    draft: { subject: final.subject, body: final.body, cta: final.cta },
    flags: [...new Set([...final.flags, ...extra])],
    confidence: final.confidence,
    refined: outcome.refined,
    refine_fallback_reason: outcome.fallbackReason,
    memory_used: outcome.prompted ? used.length : 0,
    prompt_version: PROMPT_VERSION,
    draft_prompt_version: touch.prompt_version,
    provider: final.provider,
  };
}
