import type { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import { D1Saver } from "../checkpoint/index.ts";
import { defaultServices } from "./default-services.ts";
import { ApiError } from "../http/api-error.ts";
import { findSpec } from "../registry/search-assistants.ts";
import type { GraphSpec, WorkerName } from "../registry/graph-spec.ts";
import { GraphLoadError, type GraphTable, type LoadedGraph } from "./graph-table.ts";
import { runError, type RunResult } from "./run-graph.ts";
import { log } from "../telemetry/log.ts";
import { whereOf } from "../telemetry/log-fields.ts";

/** Bindings every capability Worker has. */
export interface WorkerBindings {
  DB: D1Database;
  /** SHA-256 hex of the bearer token; set only on a copy reachable by URL. */
  WORKER_SECRET_SHA256?: string;
}

/** Builds the per-run services of a worker from its env (I/O lives here, not in nodes' imports). */
export type ServicesFactory = (env: WorkerBindings, waitUntil: WaitUntil, spec: GraphSpec) => Record<string, unknown>;

/** Keeps work alive after the response (ExecutionContext.waitUntil). */
export type WaitUntil = (promise: Promise<unknown>) => void;

/**
 * The request's `waitUntil`; outside a Worker invocation (in-process tests)
 * the promise just runs to completion on its own.
 */
export function waitUntilOf(c: { executionCtx: { waitUntil(promise: Promise<unknown>): void } }): WaitUntil {
  try {
    const executionCtx = c.executionCtx;
    return (promise) => executionCtx.waitUntil(promise);
  } catch {
    return (promise) => void promise.catch(() => undefined);
  }
}

/** What the route handlers of one worker share. */
export class WorkerContext {
  readonly #savers = new WeakMap<D1Database, D1Saver>();

  constructor(
    readonly worker: WorkerName,
    readonly table: GraphTable,
    private readonly makeServices?: ServicesFactory,
  ) {}

  /** The services handed to one run's nodes through the LangGraph runtime context. */
  services(env: WorkerBindings, waitUntil: WaitUntil, spec: GraphSpec): Record<string, unknown> {
    const base = defaultServices(env, waitUntil, spec);
    return this.makeServices ? { ...base, ...this.makeServices(env, waitUntil, spec) } : base;
  }

  get specs(): readonly GraphSpec[] {
    return this.table.specs;
  }

  /** The spec for a graph name or system-assistant uuid, or a 404 naming the worker's graphs. */
  specOr404(assistantId: string): GraphSpec {
    const spec = findSpec(this.specs, assistantId);
    if (spec) return spec;
    throw new ApiError(
      404,
      "assistant_not_found",
      `No assistant "${assistantId}" on the ${this.worker} worker. Its assistants: ${this.specs.map((s) => s.assistantId).join(", ") || "none"}.`,
    );
  }

  /** One saver per D1 binding: the isolate reuses it across requests. */
  checkpointer(db: D1Database): BaseCheckpointSaver {
    let saver = this.#savers.get(db);
    if (!saver) this.#savers.set(db, (saver = new D1Saver(db)));
    return saver;
  }

  /** Loads a graph, turning a load failure into the run error it answers with. */
  async load(spec: GraphSpec, db: D1Database): Promise<LoadedGraph | RunResult> {
    try {
      return await this.table.load(spec, () => this.checkpointer(db));
    } catch (e) {
      if (e instanceof GraphLoadError) {
        // The message goes back to the caller in `__error__`; the log keeps only ids and a code location.
        log("error", "graph_load_failed", { assistant_id: spec.assistantId, error: e.name, where: whereOf(e.cause ?? e) });
        return runError(e.name, e.message);
      }
      throw e;
    }
  }
}

export const isRunResult = (x: LoadedGraph | RunResult): x is RunResult => "body" in x;
