// Worker app factory
export { createWorkerApp, type WorkerAppOptions } from "./create-worker-app.ts";
export { waitUntilOf, type ServicesFactory, type WaitUntil, type WorkerBindings } from "./worker-context.ts";
// Building blocks
export { GraphLoadError, GraphTable, type LoadedGraph } from "./graph-table.ts";
export { runGraph, runError, type RunResult, type RunOutcome } from "./run-graph.ts";
export { RunRequest, ThreadCreateRequest } from "./run-request.ts";
export { ThreadStore, type ThreadRow, type ThreadStatus } from "./thread-store.ts";
export { toThreadState, type ThreadState } from "./thread-state.ts";
export { defaultServices, type DefaultServices } from "./default-services.ts";
