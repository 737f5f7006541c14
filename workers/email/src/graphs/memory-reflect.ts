import { END, START, StateGraph, StateSchema, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import type { PromptTemplates } from "@agentic-sales/shared/gateway";
import type { HubLike } from "./email-outreach/compose-touch.ts";
import { distilFacts } from "./memory-reflect/distil-facts.ts";
import { DIRECTION_TEMPLATES, PROMPT_VERSION, SYSTEM_PROMPT } from "./memory-reflect/reflect-prompt.ts";
import { MemoryReflectInput, MemoryReflectOutput } from "./memory-reflect/reflect-schemas.ts";
import { servicesOf } from "./services-of.ts";
import type { MemoryStore } from "../stores/memory-store.ts";

export { PROMPT_VERSION } from "./memory-reflect/reflect-prompt.ts";

/** Every template the distil call is made of (pinned per `PROMPT_VERSION` in evals/prompt-hashes.json). */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT, DIRECTION_TEMPLATES } satisfies PromptTemplates;

export const contract = defineContract({
  graph: "memory_reflect",
  version: "1.0.0",
  input: MemoryReflectInput,
  output: MemoryReflectOutput,
});

/** What the nodes use: the hub always; the store and clock when the worker provides them. */
interface ReflectServices {
  readonly hub: HubLike;
  readonly memory?: Pick<MemoryStore, "isReflected" | "writeReflection">;
  readonly now?: () => Date;
}

/** Channels: the input, then the output as it fills in (`status` set = finished). */
export const ReflectState = new StateSchema({
  ...MemoryReflectInput.shape,
  ...MemoryReflectOutput.partial().shape,
});
type State = typeof ReflectState.State;
type Update = typeof ReflectState.Update;

/** A finished skip; output fields a failed earlier node never set get their empty values. */
const skipped = (s: State, reason: string): Update => ({
  facts: s.facts ?? [],
  written: s.written ?? 0,
  fallback_reason: s.fallback_reason ?? null,
  prompt_version: PROMPT_VERSION,
  provider: s.provider ?? "none",
  status: "skipped",
  skip_reason: reason,
});

/**
 * A node that never throws: memory_reflect runs fire-and-forget after a send
 * or a reply, so any failure (a missing service, D1, a bug) becomes the run's
 * skip reason instead of an error in its caller.
 */
const neverThrows =
  (node: (s: State, services: ReflectServices, config: LangGraphRunnableConfig) => Promise<Update>) =>
  async (s: State, config: LangGraphRunnableConfig): Promise<Update> => {
    try {
      return await node(s, servicesOf<ReflectServices>(config, ["hub"], "memory_reflect"), config);
    } catch (e) {
      return skipped(s, `error: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

/** `check`: a message reflected before is a duplicate, and no model call is made. */
const check = neverThrows(async (s, { memory }) => {
  const base: Update = { facts: [], written: 0, skip_reason: null, fallback_reason: null, prompt_version: PROMPT_VERSION, provider: "none" };
  if (memory && (await memory.isReflected(s.thread_id, s.message_id))) return { ...base, status: "duplicate" };
  return base;
});

const distil = neverThrows(async (s, { hub }, config) => {
  const outcome = await distilFacts(MemoryReflectInput.parse(pickInput(s)), hub, config.runId);
  if (!outcome.ok) return skipped(s, outcome.skipReason);
  return { facts: outcome.facts, provider: outcome.provider, fallback_reason: outcome.fallbackReason };
});

const write = neverThrows(async (s, { memory, now }) => {
  if (!memory) return skipped(s, "memory_store_unavailable: config.context.services.memory is not set; the facts were distilled but not stored.");
  const { written, duplicate } = await memory.writeReflection({
    threadId: s.thread_id,
    messageId: s.message_id,
    contactId: s.contact_id ?? null,
    companyId: s.company_id ?? null,
    facts: s.facts ?? [],
    now: (now?.() ?? new Date()).getTime(),
  });
  return { status: duplicate ? "duplicate" : "written", written };
});

function pickInput(s: State): MemoryReflectInput {
  const { thread_id, message_id, direction, contact_id, company_id, subject, body } = s;
  return { thread_id, message_id, direction, body, ...(contact_id ? { contact_id } : {}), ...(company_id ? { company_id } : {}), ...(subject !== undefined ? { subject } : {}) };
}

const finishedOr = (next: "distil" | "write") => (s: State) => (s.status ? END : next);

/**
 * The memory_reflect graph, uncompiled and stateless: `check` (already
 * reflected? → duplicate) → `distil` (facts through the model hub; offline:
 * the deterministic extraction) → `write` (`memory_items`, once per thread
 * and message). Never throws: every failure is a `skip_reason`.
 *
 * @example
 * const graph = buildGraph().compile();
 * await graph.invoke({ thread_id: "t1", message_id: "<m1@example.com>", direction: "inbound", body: "I've moved to Head of Ops." }, { context: { services: { hub, memory, now } } });
 * // → { status: "written", written: 1, facts: [{ kind: "role_change", fact: "I've moved to Head of Ops.", source: "inbound_unverified" }], … }
 */
export function buildGraph() {
  return new StateGraph({ state: ReflectState, input: MemoryReflectInput, output: MemoryReflectOutput })
    .addNode("check", check)
    .addNode("distil", distil)
    .addNode("write", write)
    .addEdge(START, "check")
    .addConditionalEdges("check", finishedOr("distil"), ["distil", END])
    .addConditionalEdges("distil", finishedOr("write"), ["write", END])
    .addEdge("write", END);
}
