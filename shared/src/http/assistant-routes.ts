import { Hono } from "hono";
import { assistantRecord } from "../registry/assistant-record.ts";
import type { GraphSpec } from "../registry/graph-spec.ts";
import { AssistantSearch, searchAssistants } from "../registry/search-assistants.ts";
import { parseOr422 } from "./parse-or-422.ts";
import { readJsonBody } from "./read-json-body.ts";

/**
 * `POST /assistants/search` and `GET /assistants/{id}` over a list of specs:
 * one system assistant per graph, as LangGraph servers expose them.
 */
export function assistantRoutes(specs: readonly GraphSpec[], specOr404: (id: string) => GraphSpec) {
  return new Hono()
    .post("/assistants/search", async (c) => {
      const query = parseOr422(AssistantSearch, await readJsonBody(c), "body");
      const { items, total } = searchAssistants(specs, query);
      c.header("X-Pagination-Total", String(total));
      if (query.offset + items.length < total) c.header("X-Pagination-Next", String(query.offset + items.length));
      return c.json(items);
    })
    .get("/assistants/:assistant_id", (c) => c.json(assistantRecord(specOr404(c.req.param("assistant_id")))));
}
