import { createWorkerApp } from "@agentic-sales/shared/runtime";
import { GRAPH_LOADERS } from "./graphs.gen.ts";

export default createWorkerApp({ worker: "classify", loaders: GRAPH_LOADERS });
