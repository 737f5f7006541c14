import type { GraphStateSnapshot } from "../contracts/graph-module.ts";

const checkpointOf = (config: GraphStateSnapshot["config"] | undefined) => {
  const c = config?.configurable;
  if (!c?.checkpoint_id) return null;
  return { thread_id: c.thread_id, checkpoint_ns: c.checkpoint_ns ?? "", checkpoint_id: c.checkpoint_id, checkpoint_map: null };
};

/**
 * LangGraph's `ThreadState` for a snapshot: interrupts both per task (as the JS
 * server reports them) and flattened at the top (as the Python server does),
 * so either kind of client reads it.
 */
export function toThreadState(snapshot: GraphStateSnapshot) {
  const tasks = snapshot.tasks.map((t) => ({
    id: t.id,
    name: t.name,
    path: t.path ?? [],
    error: t.error ?? null,
    interrupts: t.interrupts.map(({ id, value }) => ({ id, value })),
    checkpoint: null,
    state: null,
    result: t.result ?? null,
  }));
  return {
    values: snapshot.values ?? {},
    next: [...snapshot.next],
    tasks,
    metadata: snapshot.metadata ?? {},
    created_at: snapshot.createdAt ?? null,
    checkpoint: checkpointOf(snapshot.config),
    parent_checkpoint: checkpointOf(snapshot.parentConfig),
    interrupts: tasks.flatMap((t) => t.interrupts),
  };
}
export type ThreadState = ReturnType<typeof toThreadState>;
