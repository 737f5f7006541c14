import type { ServicesFactory } from "@agentic-sales/shared/runtime";
import type { EnrichmentEnv } from "./env.ts";
import { webClientFromEnv, type WebClient } from "@agentic-sales/shared/web";

/** What the site-reading graphs get as `config.context.services.enrichment`. */
export interface EnrichmentServices {
  readonly client: WebClient;
  readonly defaultMaxPages: number;
}

export interface EnrichmentServicesOptions {
  readonly fetch?: typeof fetch;
}

/**
 * The services one env describes: the site fetch client (web vars) and the page budget.
 * A malformed var throws, naming it.
 *
 * @example
 * enrichmentServicesOf({ ENRICH_MAX_PAGES: "5" } as EnrichmentEnv).defaultMaxPages; // 5
 */
export function enrichmentServicesOf(env: EnrichmentEnv, options: EnrichmentServicesOptions = {}): EnrichmentServices {
  const raw = env.ENRICH_MAX_PAGES?.trim();
  const pages = raw ? Number(raw) : 8;
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`Invalid "ENRICH_MAX_PAGES" var: expected a positive integer, got "${raw}".`);
  return { client: webClientFromEnv(env, options.fetch), defaultMaxPages: pages };
}

/**
 * The worker's per-run services factory.
 *
 * @example
 * createWorkerApp({ worker: "enrichment", loaders: GRAPH_LOADERS, services: enrichmentServices() });
 */
export function enrichmentServices(options: EnrichmentServicesOptions = {}): ServicesFactory {
  return (env) => {
    let built: EnrichmentServices | undefined;
    // A thunk: env is read inside the run, so a malformed var becomes the run's `__error__` naming it.
    return { enrichment: () => (built ??= enrichmentServicesOf(env as EnrichmentEnv, options)) };
  };
}
