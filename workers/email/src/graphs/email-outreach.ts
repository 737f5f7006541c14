import { END, START, StateGraph, StateSchema, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import type { PromptTemplates } from "@agentic-sales/shared/gateway";
import { composeTouch, type HubLike } from "./email-outreach/compose-touch.ts";
import { EmailOutreachInput, EmailOutreachInputObject, EmailOutreachOutput } from "./email-outreach/outreach-schemas.ts";
import { servicesOf } from "./services-of.ts";

import { SYSTEM_PROMPT, STAGE_TEMPLATES } from "./email-outreach/outreach-prompt.ts";
import { MIDDLE_SUBJECT_TEMPLATES } from "./email-outreach/template-draft.ts";

export { PROMPT_VERSION } from "./email-outreach/outreach-prompt.ts";

/**
 * Every template the touch is made of (pinned per `PROMPT_VERSION` in
 * evals/prompt-hashes.json): the model prompt, and the offline composer's
 * follow-up subjects.
 */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT, STAGE_TEMPLATES, MIDDLE_SUBJECT_TEMPLATES } satisfies PromptTemplates;

export const contract = defineContract({
  graph: "email_outreach",
  version: "1.0.0",
  input: EmailOutreachInput,
  output: EmailOutreachOutput,
});

/** Channels: the input, then the composed touch. */
export const OutreachState = new StateSchema({
  ...EmailOutreachInputObject.shape,
  ...EmailOutreachOutput.partial().shape,
});

async function composeNode(state: typeof OutreachState.State, config: LangGraphRunnableConfig): Promise<typeof OutreachState.Update> {
  const { hub } = servicesOf<{ hub: HubLike }>(config, ["hub"], "email_outreach");
  const input = EmailOutreachInput.parse({
    contact: state.contact,
    company: state.company,
    sender: state.sender,
    step: state.step,
    max_touches: state.max_touches,
    ...(state.previous_subjects ? { previous_subjects: state.previous_subjects } : {}),
  });
  return composeTouch(input, hub, config.runId);
}

/**
 * The email_outreach graph, uncompiled and stateless: one `compose` node that
 * drafts touch `step` of a sequence through the model hub
 * (`config.context.services.hub`). The campaign graph calls it once per touch.
 *
 * @example
 * const graph = buildGraph().compile();
 * await graph.invoke(input, { context: { services: { hub } } });
 * // → { …input, subject: "Quick question for Example Co", body: "Hi Ada, …", cta: "soft_question", confidence: 0.9, flags: [], prompt_version: "outreach-v1", provider: "offline" }
 */
export function buildGraph() {
  return new StateGraph({ state: OutreachState, input: EmailOutreachInputObject, output: EmailOutreachOutput })
    .addNode("compose", composeNode)
    .addEdge(START, "compose")
    .addEdge("compose", END);
}
