// Graphs registered only in runtime tests: one of each behaviour the runtime
// must handle, including modules that fail to import or compile.
import { Annotation, END, interrupt, START, StateGraph } from "@langchain/langgraph";
import { z } from "zod";
import { defineContract, type GraphLoaders, type GraphModule } from "../../contracts/graph-module.ts";
import type { GraphSpec } from "../../registry/graph-spec.ts";

const spec = (assistantId: string, resumable = false): GraphSpec => ({
  assistantId,
  worker: "email",
  module: assistantId,
  builder: "buildGraph",
  resumable,
  timeoutClass: "default",
  pillar: "outreach",
  promptVersion: "test-v1",
  description: `test graph ${assistantId}`,
});

const Shout = Annotation.Root({ text: Annotation<string>(), upper: Annotation<string>() });
const shout: GraphModule = {
  PROMPT_VERSION: "test-v1",
  contract: defineContract({
    graph: "shout",
    version: "1.0.0",
    input: z.strictObject({ text: z.string().min(1).max(100) }),
    output: z.object({ text: z.string(), upper: z.string() }),
  }),
  buildGraph: () =>
    new StateGraph(Shout)
      .addNode("make_upper", (s) => ({ upper: s.text.toUpperCase() }))
      .addEdge(START, "make_upper")
      .addEdge("make_upper", END),
};

const Approval = Annotation.Root({ draft: Annotation<string>(), decision: Annotation<string>() });
const approval: GraphModule = {
  PROMPT_VERSION: "test-v1",
  contract: defineContract({
    graph: "approval",
    version: "1.0.0",
    input: z.strictObject({ draft: z.string() }),
    output: z.object({ draft: z.string(), decision: z.string() }),
  }),
  buildGraph: () =>
    new StateGraph(Approval)
      .addNode("review", (s) => ({ decision: String(interrupt({ kind: "review", draft: s.draft })) }))
      .addEdge(START, "review")
      .addEdge("review", END),
};

const failing: GraphModule = {
  ...shout,
  buildGraph: () =>
    new StateGraph(Shout)
      .addNode("make_upper", () => {
        throw new TypeError("node exploded");
      })
      .addEdge(START, "make_upper")
      .addEdge("make_upper", END),
};

const badOutput: GraphModule = {
  ...shout,
  buildGraph: () =>
    new StateGraph(Shout)
      .addNode("make_upper", () => ({ upper: 42 as unknown as string }))
      .addEdge(START, "make_upper")
      .addEdge("make_upper", END),
};

const brokenCompile: GraphModule = {
  ...shout,
  buildGraph: () => {
    throw new Error("builder bug");
  },
};

export const FIXTURE_SPECS: GraphSpec[] = [
  spec("shout"),
  spec("approval", true),
  spec("failing"),
  spec("bad_output"),
  spec("broken_import"),
  spec("broken_compile"),
  { ...spec("stale_prompt"), promptVersion: "test-v2" },
];

export const FIXTURE_LOADERS: GraphLoaders = {
  shout: async () => shout,
  approval: async () => approval,
  failing: async () => failing,
  bad_output: async () => badOutput,
  broken_import: async () => {
    throw new SyntaxError("Unexpected token in graph module");
  },
  broken_compile: async () => brokenCompile,
  stale_prompt: async () => shout,
};
