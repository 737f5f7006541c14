import type { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import type { z } from "zod";

/**
 * A graph's typed, versioned boundary. Input is strict (unknown keys are a
 * caller bug and are rejected); output ignores unknown keys so a newer graph can
 * add fields before its consumers know them. The version travels in the payload.
 */
export interface GraphContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly graph: string;
  /** Semver of the wire shape: major = incompatible, minor = additive. */
  readonly version: string;
  readonly input: I;
  readonly output: O;
}

/** What the runtime needs from a compiled graph. */
export interface RunnableGraph {
  invoke(input: unknown, config: Record<string, unknown>): Promise<Record<string, unknown>>;
  getState(config: Record<string, unknown>): Promise<GraphStateSnapshot>;
}

/** The parts of LangGraph's `StateSnapshot` the runtime reads. */
export interface GraphStateSnapshot {
  values: unknown;
  next: readonly string[];
  tasks: readonly {
    id: string;
    name: string;
    path?: readonly unknown[];
    error?: unknown;
    interrupts: readonly { id?: string; value?: unknown }[];
    result?: unknown;
  }[];
  metadata?: Record<string, unknown>;
  createdAt?: string;
  config: { configurable?: Record<string, unknown> };
  parentConfig?: { configurable?: Record<string, unknown> };
}

/** An uncompiled graph (a LangGraph `StateGraph`). */
export interface GraphBuilder {
  compile(options?: { checkpointer?: BaseCheckpointSaver | false }): unknown;
}

/**
 * The shape every builder module under `workers/<worker>/src/graphs/` exports.
 * The registry row names the module; `PROMPT_VERSION` must equal the row's.
 */
export interface GraphModule {
  readonly PROMPT_VERSION: string;
  readonly contract: GraphContract;
  readonly [builder: string]: unknown;
}

/** Lazy loaders for one worker's graphs, keyed by assistant id (generated). */
export type GraphLoaders = Readonly<Record<string, () => Promise<GraphModule>>>;

/** Defines a contract; the helper exists so the literal types are kept. */
export const defineContract = <I extends z.ZodType, O extends z.ZodType>(
  contract: GraphContract<I, O>,
): GraphContract<I, O> => Object.freeze(contract);
