// The checkpoint benchmark's workload, run unchanged in workerd (D1 savers)
// and in Node (SqliteSaver): a StateGraph of STEPS super-steps whose state has
// a growing message list (one ~200-byte message appended per step; a ~1 KB
// variant, like an email, is run too) and three small scalar channels that
// change every step.
import { Annotation, type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";

/** Graph steps per thread (node runs; LangGraph adds its input step -1 and start step 0). */
export const STEPS = 10;
/** Serialised size the appended messages aim at, in bytes. */
export const MESSAGE_BYTES = 200;
/** The variant's message size: about an email. */
export const LARGE_MESSAGE_BYTES = 1_000;

export interface Message {
  role: "assistant";
  content: string;
}

/** The message of step `n`: its JSON is `bytes` long. */
export function message(n: number, bytes = MESSAGE_BYTES): Message {
  const head = `Step ${n}: drafted the next paragraph of the outreach email. `;
  const empty = JSON.stringify({ role: "assistant", content: "" }).length;
  const filler = "lorem ipsum dolor sit amet ".repeat(Math.ceil(bytes / 27));
  return { role: "assistant", content: (head + filler).slice(0, bytes - empty) };
}

const State = Annotation.Root({
  messages: Annotation<Message[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
  step: Annotation<number>,
  status: Annotation<string>,
  score: Annotation<number>,
});

/** One node that appends a message and updates the scalars, looping until STEPS. */
export function buildGraph(checkpointer: BaseCheckpointSaver, messageBytes = MESSAGE_BYTES) {
  return new StateGraph(State)
    .addNode("work", (s) => {
      const n = (s.step ?? 0) + 1;
      return { messages: [message(n, messageBytes)], step: n, status: `step ${n} of ${STEPS}`, score: n / STEPS };
    })
    .addEdge(START, "work")
    .addConditionalEdges("work", (s) => (s.step < STEPS ? "work" : END))
    .compile({ checkpointer });
}

/** Runs the workload on each thread in turn; throws if a run ends in the wrong state. */
export async function runThreads(
  checkpointer: BaseCheckpointSaver,
  threadIds: readonly string[],
  messageBytes = MESSAGE_BYTES,
): Promise<void> {
  const graph = buildGraph(checkpointer, messageBytes);
  for (const thread_id of threadIds) {
    const out = await graph.invoke({ step: 0, status: "new", score: 0 }, { configurable: { thread_id } });
    if (out.step !== STEPS || out.messages.length !== STEPS) {
      throw new Error(`thread ${thread_id} ended at step ${out.step} with ${out.messages.length} messages`);
    }
  }
}
