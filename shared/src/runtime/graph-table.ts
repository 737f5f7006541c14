import type { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import type { GraphBuilder, GraphContract, GraphLoaders, GraphModule, RunnableGraph } from "../contracts/graph-module.ts";
import type { GraphSpec } from "../registry/graph-spec.ts";

/** A graph ready to run: its spec, contract and compiled form. */
export interface LoadedGraph {
  readonly spec: GraphSpec;
  readonly contract: GraphContract;
  readonly compiled: RunnableGraph;
}

/** A graph module that failed to import or compile. Fails only its own assistant. */
export class GraphLoadError extends Error {
  override readonly name = "GraphLoadError";
}

/**
 * One worker's graphs, imported and compiled on first use and then cached.
 * Nothing is imported at construction, so `/health` answers before any graph
 * compiles, and a module that throws breaks only its own assistant id.
 */
export class GraphTable {
  readonly #compiled = new Map<string, Promise<LoadedGraph>>();
  readonly #ready = new Set<string>();

  constructor(
    readonly specs: readonly GraphSpec[],
    private readonly loaders: GraphLoaders,
  ) {
    for (const spec of specs) {
      if (!loaders[spec.assistantId]) throw new Error(`Graph table: no loader for "${spec.assistantId}"; run \`pnpm gen\`.`);
    }
  }

  /** Number of graphs compiled so far in this isolate. */
  get compiledCount(): number {
    return this.#ready.size;
  }

  /**
   * The compiled graph for `spec`. `checkpointer` is used only by resumable
   * specs; stateless graphs compile with none, so they write nothing.
   */
  load(spec: GraphSpec, checkpointer: () => BaseCheckpointSaver): Promise<LoadedGraph> {
    let pending = this.#compiled.get(spec.assistantId);
    if (!pending) {
      pending = this.#compile(spec, checkpointer).then(
        (loaded) => (this.#ready.add(spec.assistantId), loaded),
        (error: unknown) => {
          // Forget the failure so a fixed deploy or a transient import error recovers.
          this.#compiled.delete(spec.assistantId);
          throw error instanceof GraphLoadError ? error : new GraphLoadError(`Graph "${spec.assistantId}" failed to load: ${(error as Error)?.message ?? String(error)}`);
        },
      );
      this.#compiled.set(spec.assistantId, pending);
    }
    return pending;
  }

  async #compile(spec: GraphSpec, checkpointer: () => BaseCheckpointSaver): Promise<LoadedGraph> {
    const mod: GraphModule = await this.loaders[spec.assistantId]!();
    const build = mod[spec.builder];
    if (typeof build !== "function") {
      throw new GraphLoadError(`Graph "${spec.assistantId}": module "${spec.module}" does not export a function "${spec.builder}".`);
    }
    if (mod.PROMPT_VERSION !== spec.promptVersion) {
      throw new GraphLoadError(
        `Graph "${spec.assistantId}": module PROMPT_VERSION "${mod.PROMPT_VERSION}" differs from the registry's "${spec.promptVersion}".`,
      );
    }
    const builder = (build as () => GraphBuilder)();
    const compiled = builder.compile(spec.resumable ? { checkpointer: checkpointer() } : {}) as RunnableGraph;
    return { spec, contract: mod.contract, compiled };
  }
}
