import { createWorkerApp } from "@agentic-sales/shared/runtime";
import { GRAPH_LOADERS } from "./graphs.gen.ts";
import { enrichmentServices, type EnrichmentServicesOptions } from "./services.ts";

/**
 * The enrichment worker's app: the LangGraph API over its graphs with the
 * site fetch client built from env per run.
 *
 * @example
 * const app = enrichmentApp();
 */
export function enrichmentApp(options: EnrichmentServicesOptions = {}) {
  return createWorkerApp({ worker: "enrichment", loaders: GRAPH_LOADERS, services: enrichmentServices(options) });
}
