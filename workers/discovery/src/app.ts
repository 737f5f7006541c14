import { createWorkerApp } from "@agentic-sales/shared/runtime";
import { GRAPH_LOADERS } from "./graphs.gen.ts";
import { discoveryServices, type DiscoveryServicesOptions } from "./services.ts";

/**
 * The discovery worker's app: the LangGraph API over its graphs with the
 * discovery services (website and DoH sources) built from env per run.
 *
 * @example
 * const app = discoveryApp();
 * await app.request("/runs/wait", { method: "POST", body: JSON.stringify({ assistant_id: "contact_discovery", input: { domain: "acme.io" } }) }, env);
 */
export function discoveryApp(options: DiscoveryServicesOptions = {}) {
  return createWorkerApp({ worker: "discovery", loaders: GRAPH_LOADERS, services: discoveryServices(options) });
}
