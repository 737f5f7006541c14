import "../runtime/async-local-storage.ts";
import { Annotation, Command, END, INTERRUPT, START, StateGraph, interrupt } from "@langchain/langgraph";
import { env } from "cloudflare:workers";
import { D1Saver } from "./d1-saver.ts";

const State = Annotation.Root({
  request: Annotation<string>,
  approved: Annotation<boolean | undefined>,
  log: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

/** draft → approve (asks a human through interrupt()) → end. */
const buildGraph = () =>
  new StateGraph(State)
    .addNode("draft", (s) => ({ log: [`drafted ${s.request}`] }))
    .addNode("approve", () => {
      const answer = interrupt<{ question: string }, string>({ question: "Send it?" });
      return { approved: answer === "yes", log: [`answered ${answer}`] };
    })
    .addEdge(START, "draft")
    .addEdge("draft", "approve")
    .addEdge("approve", END)
    // A fresh saver per compile, as a new isolate would have: state lives in D1 only.
    .compile({ checkpointer: new D1Saver(env.DB) });

describe("D1Saver with a real StateGraph", () => {
  it("interrupts, resumes with Command({ resume }) on a fresh graph, and getState reflects each stage", async () => {
    const config = { configurable: { thread_id: "e2e-approval" } };

    const interrupted = await buildGraph().invoke({ request: "email" }, config);
    expect((interrupted as Record<string, unknown>)[INTERRUPT]).toEqual([expect.objectContaining({ value: { question: "Send it?" } })]);
    expect(interrupted.log).toEqual(["drafted email"]);

    const graph = buildGraph();
    const paused = await graph.getState(config);
    expect(paused.next).toEqual(["approve"]);
    expect(paused.tasks[0]?.interrupts).toEqual([expect.objectContaining({ value: { question: "Send it?" } })]);
    expect(paused.values).toMatchObject({ request: "email", log: ["drafted email"] });

    const done = await graph.invoke(new Command({ resume: "yes" }), config);
    expect(done).toMatchObject({ request: "email", approved: true, log: ["drafted email", "answered yes"] });

    const final = await graph.getState(config);
    expect(final.next).toEqual([]);
    expect(final.tasks).toEqual([]);
    expect(final.values).toEqual({ request: "email", approved: true, log: ["drafted email", "answered yes"] });

    const history = [];
    for await (const snapshot of graph.getStateHistory(config)) history.push(snapshot.metadata?.step);
    expect(history).toEqual([2, 1, 0, -1]);
  });
});
