import { Hono } from "hono";
import { telemetryFlags } from "../../telemetry/telemetry-config.ts";
import type { WorkerBindings, WorkerContext } from "../worker-context.ts";

/** `GET /info`: what LangGraph Studio reads, plus this worker's identity. */
export function metaRoutes(ctx: WorkerContext) {
  return new Hono<{ Bindings: WorkerBindings }>().get("/info", (c) =>
    c.json({
      version: "1",
      context: "js",
      worker: ctx.worker,
      graphs: ctx.specs.map((s) => s.assistantId),
      flags: { assistants: true, crons: false, langsmith: telemetryFlags(c.env ?? {}).langsmith },
      telemetry: telemetryFlags(c.env ?? {}),
    }),
  );
}
