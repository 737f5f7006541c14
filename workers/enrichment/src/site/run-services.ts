import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ModelHub } from "@agentic-sales/shared/gateway";
import type { EnrichmentEnv } from "../env.ts";
import { enrichmentServicesOf, type EnrichmentServices } from "../services.ts";

export interface RunServices {
  readonly enrichment: EnrichmentServices;
  readonly hub: ModelHub | undefined;
  readonly now: () => Date;
}

/**
 * The services a node of this worker uses, from the run's context; outside
 * the runtime (a plain compile) the defaults of an empty env, no hub, and
 * the system clock.
 *
 * @example
 * const { enrichment, hub, now } = runServices(config);
 */
export function runServices(config?: LangGraphRunnableConfig): RunServices {
  const services = ((config?.context as { services?: Record<string, unknown> } | undefined)?.services ?? {}) as {
    enrichment?: () => EnrichmentServices;
    hub?: ModelHub;
    now?: () => Date;
  };
  return {
    enrichment: services.enrichment?.() ?? enrichmentServicesOf({} as EnrichmentEnv),
    hub: services.hub,
    now: services.now ?? (() => new Date()),
  };
}
