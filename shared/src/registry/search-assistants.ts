import { z } from "zod";
import { assistantRecord, assistantUuid, type AssistantRecord } from "./assistant-record.ts";
import type { GraphSpec } from "./graph-spec.ts";

/** Body of `POST /assistants/search` (LangGraph `AssistantSearchRequest`); unknown keys ignored. */
export const AssistantSearch = z.object({
  graph_id: z.string().optional(),
  name: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  limit: z.number().int().min(1).max(1000).default(10),
  offset: z.number().int().min(0).default(0),
  sort_by: z.enum(["assistant_id", "graph_id", "created_at", "updated_at", "name"]).optional(),
  sort_order: z.enum(["asc", "desc"]).optional(),
});
export type AssistantSearch = z.infer<typeof AssistantSearch>;

/**
 * Filters and pages the system assistants of `specs`.
 * Returns the page and the total count before paging (for `X-Pagination-Total`).
 */
export function searchAssistants(
  specs: readonly GraphSpec[],
  query: AssistantSearch,
): { items: AssistantRecord[]; total: number } {
  const matches = specs.map(assistantRecord).filter((a) => {
    if (query.graph_id !== undefined && a.graph_id !== query.graph_id) return false;
    if (query.name !== undefined && !a.name.includes(query.name)) return false;
    if (query.metadata) {
      const meta = a.metadata as Record<string, unknown>;
      for (const [k, v] of Object.entries(query.metadata)) if (meta[k] !== v) return false;
    }
    return true;
  });
  if (query.sort_by) {
    const key = query.sort_by;
    const dir = query.sort_order === "desc" ? -1 : 1;
    matches.sort((a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : 0));
  }
  return { items: matches.slice(query.offset, query.offset + query.limit), total: matches.length };
}

/** Finds a spec by graph name or by its system assistant uuid, as LangGraph servers accept both. */
export function findSpec(specs: readonly GraphSpec[], assistantId: string): GraphSpec | undefined {
  return specs.find((s) => s.assistantId === assistantId || assistantUuid(s.assistantId) === assistantId);
}
