import { v5 as uuidv5 } from "uuid";
import type { GraphSpec } from "./graph-spec.ts";

/** LangGraph's namespace for system assistants (`libs/langgraph-api/src/graph/load.mts`). */
const NAMESPACE_GRAPH = "6ba7b821-9dad-11d1-80b4-00c04fd430c8";

/** The system assistant id LangGraph servers give a graph: uuid5(graph_id). */
export const assistantUuid = (graphId: string): string => uuidv5(graphId, NAMESPACE_GRAPH);

/** Fixed timestamp: system assistants are derived from code, not created at runtime. */
const EPOCH = "1970-01-01T00:00:00.000Z";

/** The LangGraph `Assistant` object for one registry row. */
export function assistantRecord(spec: GraphSpec) {
  return {
    assistant_id: assistantUuid(spec.assistantId),
    graph_id: spec.assistantId,
    name: spec.assistantId,
    description: spec.description,
    config: {},
    context: {},
    metadata: {
      created_by: "system",
      worker: spec.worker,
      resumable: spec.resumable,
      timeout_class: spec.timeoutClass,
      feature: spec.pillar,
      prompt_version: spec.promptVersion,
    },
    version: 1,
    created_at: EPOCH,
    updated_at: EPOCH,
  };
}
export type AssistantRecord = ReturnType<typeof assistantRecord>;
