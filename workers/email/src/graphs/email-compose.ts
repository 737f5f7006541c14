import { END, START, StateGraph } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import type { PromptTemplates } from "@agentic-sales/shared/gateway";
import { EmailComposeInput, EmailComposeInputObject, EmailComposeOutput } from "./email-compose/compose-schemas.ts";
import { ComposeState, type ComposeStateT } from "./email-compose/compose-state.ts";
import { decide, hydrate, recallMemory, safetyGateNode } from "./email-compose/context-nodes.ts";
import { compose, refine } from "./email-compose/draft-nodes.ts";
import { REFINE_STAGE_TEMPLATES, REFINE_SYSTEM_PROMPT } from "./email-compose/refine-prompt.ts";
import { MEMORY_LABELS } from "./memory-reflect/memory-data.ts";

export { PROMPT_VERSION } from "./email-compose/refine-prompt.ts";

/**
 * Every template of email_compose's own call, the refine pass (pinned per
 * `PROMPT_VERSION` in evals/prompt-hashes.json), including the memory block
 * labels its system prompt names. The first draft's call is email_outreach's,
 * stamped and pinned with its own version (`draft_prompt_version` in the output).
 */
export const PROMPT_TEMPLATES = { REFINE_SYSTEM_PROMPT, REFINE_STAGE_TEMPLATES, MEMORY_LABELS } satisfies PromptTemplates;

export const contract = defineContract({
  graph: "email_compose",
  version: "1.0.0",
  input: EmailComposeInput,
  output: EmailComposeOutput,
});

// A skip reason short-circuits to `decide`, which finishes the run with it.
const afterHydrate = (s: ComposeStateT) => (s.hydrate_skip ? "decide" : "safety_gate");
const afterGate = (s: ComposeStateT) => (s.gate_skip ? "decide" : "recall_memory");
const afterDecide = (s: ComposeStateT) => (s.action === "compose" ? "compose" : END);

/**
 * The email_compose graph (the email orchestrator), uncompiled and
 * stateless: `hydrate` (contact, company, campaign from the input and D1) →
 * `safety_gate` (contact status, do-not-contact list, country consent rules)
 * → `recall_memory` (trust tiers: inbound-derived facts only when
 * `human_review`) → `decide` (compose | skip with a reason) → `compose` (the
 * email_outreach graph as a subgraph) → `refine` (critique-and-revise with
 * memory, at most two tries under the request's token ceiling, then the
 * draft with the reason). Nothing is sent here.
 *
 * @example
 * const graph = buildGraph().compile();
 * await graph.invoke({ contact: { email: "ada@example.com", first_name: "Ada" }, company: { name: "Example Co", domain: "example.com" }, sender }, { context: { services: { hub } } });
 * // → { action: "compose", skip_reason: null, draft: { subject: "Quick question for Example Co", body: "Hi Ada, …", cta: "soft_question" }, refined: true, prompt_version: "compose-v1", provider: "offline", … }
 */
export function buildGraph() {
  return new StateGraph({ state: ComposeState, input: EmailComposeInputObject, output: EmailComposeOutput })
    .addNode("hydrate", hydrate)
    .addNode("safety_gate", safetyGateNode)
    .addNode("recall_memory", recallMemory)
    .addNode("decide", decide)
    .addNode("compose", compose)
    .addNode("refine", refine)
    .addEdge(START, "hydrate")
    .addConditionalEdges("hydrate", afterHydrate, ["safety_gate", "decide"])
    .addConditionalEdges("safety_gate", afterGate, ["recall_memory", "decide"])
    .addEdge("recall_memory", "decide")
    .addConditionalEdges("decide", afterDecide, ["compose", END])
    .addEdge("compose", "refine")
    .addEdge("refine", END);
}
