import "./async-local-storage.ts";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { GraphLoaders } from "../contracts/graph-module.ts";
import { ApiError } from "../http/api-error.ts";
import { assistantRoutes } from "../http/assistant-routes.ts";
import { bearerGuard } from "../http/bearer-guard.ts";
import { errorResponse, jsonErrorHandler } from "../http/error-handler.ts";
import { MAX_BODY_BYTES } from "../http/read-json-body.ts";
import type { GraphSpec, WorkerName } from "../registry/graph-spec.ts";
import { registry } from "../registry/graphs.ts";
import { telemetryFlags } from "../telemetry/telemetry-config.ts";
import { langSmithScopeOf } from "../telemetry/langsmith-run.ts";
import { telemetry } from "../telemetry/telemetry-middleware.ts";
import { GraphTable } from "./graph-table.ts";
import { metaRoutes } from "./routes/meta.ts";
import { statelessRunRoutes } from "./routes/runs.ts";
import { threadRoutes } from "./routes/threads.ts";
import { WorkerContext, type ServicesFactory, type WorkerBindings } from "./worker-context.ts";

export interface WorkerAppOptions {
  worker: WorkerName;
  /** Lazy loaders for this worker's graphs (the generated `graphs.gen.ts`). */
  loaders: GraphLoaders;
  /** Defaults to the registry's rows for `worker`; tests pass extra rows. */
  specs?: readonly GraphSpec[];
  /** Per-run services for nodes (`config.context.services`). */
  services?: ServicesFactory;
  /** Worker-specific routes mounted after the LangGraph API (behind the same auth). */
  routes?: Hono<{ Bindings: WorkerBindings }>;
}

/**
 * The Hono app every capability Worker serves: the subset of the LangGraph
 * Platform API the SDK uses, over this worker's graphs from the registry.
 *
 * @example
 * // workers/classify/src/index.ts
 * export default createWorkerApp({ worker: "classify", loaders: GRAPH_LOADERS });
 */
export function createWorkerApp(options: WorkerAppOptions) {
  const table = new GraphTable(options.specs ?? registry.graphsOf(options.worker), options.loaders);
  const ctx = new WorkerContext(options.worker, table, options.services);
  const app = new Hono<{ Bindings: WorkerBindings }>();

  // First, so error responses and 404s get the scope and link headers too.
  app.use(telemetry({ langsmith: langSmithScopeOf }));
  app.onError(jsonErrorHandler);
  app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", `No route ${c.req.method} ${c.req.path} on the ${options.worker} worker.`)));

  // Liveness, answered at once: compiles nothing and needs no token.
  app.get("/ok", (c) => c.json({ ok: true }));
  app.get("/health", (c) =>
    c.json({ status: "ok", worker: options.worker, graphs: table.specs.length, compiled: table.compiledCount, telemetry: telemetryFlags(c.env ?? {}) }),
  );

  app.use(bearerGuard({ secretVar: "WORKER_SECRET_SHA256", required: false }));
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, new ApiError(413, "payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`)),
    }),
  );

  app.route("/", metaRoutes(ctx));
  app.route("/", assistantRoutes(ctx.specs, (id) => ctx.specOr404(id)));
  app.route("/", statelessRunRoutes(ctx));
  app.route("/", threadRoutes(ctx));
  if (options.routes) app.route("/", options.routes);
  return app;
}
