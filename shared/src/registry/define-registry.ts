import { WORKERS, type GraphSpec, type WorkerName } from "./graph-spec.ts";

export interface Registry {
  readonly graphs: readonly GraphSpec[];
  specFor(assistantId: string): GraphSpec | undefined;
  graphsOf(worker: WorkerName): readonly GraphSpec[];
  /** Assistant ids a worker owns: the dispatcher's per-worker allowlist. */
  allowlistOf(worker: WorkerName): ReadonlySet<string>;
}

const ASSISTANT_ID = /^[a-z][a-z0-9_]{1,63}$/;

/**
 * Freezes an ordered list of specs into a registry. Throws at import time on a
 * duplicate or malformed assistant id, so a bad row can never shadow a route.
 *
 * @example
 * const registry = defineRegistry([{ assistantId: "country_classify", worker: "classify", … }]);
 * registry.specFor("country_classify")?.worker; // "classify"
 */
export function defineRegistry(specs: readonly GraphSpec[]): Registry {
  const byId = new Map<string, GraphSpec>();
  for (const spec of specs) {
    if (!ASSISTANT_ID.test(spec.assistantId)) {
      throw new Error(
        `Registry: assistant id "${spec.assistantId}" must match ${ASSISTANT_ID} (snake_case, 2-64 chars).`,
      );
    }
    if (!WORKERS.includes(spec.worker)) {
      throw new Error(`Registry: "${spec.assistantId}" names unknown worker "${spec.worker}".`);
    }
    if (byId.has(spec.assistantId)) {
      throw new Error(`Registry: duplicate assistant id "${spec.assistantId}".`);
    }
    byId.set(spec.assistantId, Object.freeze({ ...spec }));
  }
  const graphs = Object.freeze([...byId.values()]);
  const perWorker = new Map<WorkerName, readonly GraphSpec[]>(
    WORKERS.map((w) => [w, Object.freeze(graphs.filter((g) => g.worker === w))]),
  );
  const allowlists = new Map<WorkerName, ReadonlySet<string>>(
    WORKERS.map((w) => [w, new Set(perWorker.get(w)!.map((g) => g.assistantId))]),
  );
  return Object.freeze({
    graphs,
    specFor: (id: string) => byId.get(id),
    graphsOf: (worker: WorkerName) => perWorker.get(worker) ?? [],
    allowlistOf: (worker: WorkerName) => allowlists.get(worker) ?? new Set<string>(),
  });
}
