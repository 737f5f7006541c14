import { createWorkerApp } from "@agentic-sales/shared/runtime";
import { withTelemetry } from "@agentic-sales/shared/telemetry/instrument";
import { GRAPH_LOADERS } from "./graphs.gen.ts";

const app = createWorkerApp({ worker: "classify", loaders: GRAPH_LOADERS });

export default withTelemetry({ fetch: app.fetch }, { service: "agentic-sales-classify" });
