/** The capability Workers; each owns a disjoint set of graphs. */
export const WORKERS = ["email", "enrichment", "classify", "discovery"] as const;
export type WorkerName = (typeof WORKERS)[number];

/** Env-var prefix and service-binding name of each worker (`EMAIL`, `CLASSIFY`, …). */
export type RoutePrefix = Uppercase<WorkerName>;
export const routePrefixOf = (worker: WorkerName): RoutePrefix =>
  worker.toUpperCase() as RoutePrefix;

/**
 * Downstream budget per timeout class, in milliseconds. The dispatcher aborts
 * the hop after this long; the typed client uses the same table.
 */
export const TIMEOUT_BUDGET_MS = {
  background: 20_000,
  retrieval: 30_000,
  default: 60_000,
  standard: 90_000,
  heavy: 120_000,
  discovery: 180_000,
  thinking: 180_000,
} as const;
export type TimeoutClass = keyof typeof TIMEOUT_BUDGET_MS;

/** Product pillar a graph's cost and traces roll up to. */
export const FEATURE_PILLARS = [
  "outreach",
  "enrichment",
  "classification",
  "discovery",
  "scoring",
  "memory",
] as const;
export type FeaturePillar = (typeof FEATURE_PILLARS)[number];

/**
 * One graph of the fleet. Pure data: importing a spec never imports the graph.
 *
 * `module` names the builder module under `workers/<worker>/src/graphs/`
 * (without extension); the generated per-worker table turns it into a lazy
 * `import()`.
 */
export interface GraphSpec {
  readonly assistantId: string;
  readonly worker: WorkerName;
  readonly module: string;
  /** Export of `module` that returns the uncompiled `StateGraph`. */
  readonly builder: string;
  /** Only resumable graphs get a checkpointer (and may run on threads). */
  readonly resumable: boolean;
  readonly timeoutClass: TimeoutClass;
  readonly pillar: FeaturePillar;
  readonly promptVersion: string;
  readonly description: string;
}
