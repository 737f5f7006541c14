import { createModelHub } from "../gateway/hub.ts";
import type { GraphSpec } from "../registry/graph-spec.ts";
import type { WaitUntil, WorkerBindings } from "./worker-context.ts";

/**
 * What every graph's nodes get in `config.context.services`: the model hub of
 * this run (every LLM call goes through it) and the run's clock. Workers add
 * their own services on top (stores, senders).
 */
export function defaultServices(env: WorkerBindings, waitUntil: WaitUntil, _spec: GraphSpec) {
  return {
    hub: createModelHub({ env, waitUntil }),
    now: () => new Date(),
  };
}
export type DefaultServices = ReturnType<typeof defaultServices>;
