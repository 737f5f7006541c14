import { AsyncLocalStorage } from "node:async_hooks";
import type { CallRecord } from "../gateway/types.ts";
import type { NodeSpanHandler } from "./node-spans.ts";

/** What one traced graph run collects while it runs. */
export interface GraphRunState {
  /** Every model call record of the run, for the graph span's cost roll-up. */
  readonly records: CallRecord[];
  readonly nodes: NodeSpanHandler;
}

const storage = new AsyncLocalStorage<GraphRunState>();

/**
 * Runs `fn` as the current traced graph run.
 *
 * @example
 * await runInGraph({ records: [], nodes }, () => graph.invoke(input, config));
 */
export const runInGraph = <T>(state: GraphRunState, fn: () => T): T => storage.run(state, fn);

/**
 * The traced graph run the caller is inside of, if any.
 *
 * @example
 * currentGraphRun()?.records.push(record);
 */
export const currentGraphRun = (): GraphRunState | undefined => storage.getStore();
