import type { ServicesFactory } from "@agentic-sales/shared/runtime";
import type { DiscoveryEnv } from "./env.ts";
import { intVar, urlVar } from "./env.ts";
import { DEFAULT_DOH_URL } from "./graphs/contact-discovery/mx/lookup-mx.ts";
import type { DiscoverySource } from "./graphs/contact-discovery/sources/discovery-source.ts";
import { dohSource } from "./graphs/contact-discovery/sources/doh-source.ts";
import { websiteSource } from "./graphs/contact-discovery/sources/website-source.ts";
import { webClientFromEnv } from "@agentic-sales/shared/web";

/** What contact_discovery's nodes get as `config.context.services.discovery`. */
export interface DiscoveryServices {
  readonly sources: readonly DiscoverySource[];
  readonly defaultMaxPages: number;
  readonly maxPagesCap: number;
}

export interface DiscoveryServicesOptions {
  /** Outbound fetch for sites and DoH (tests may wrap it); default the global fetch. */
  readonly fetch?: typeof fetch;
}

/**
 * The discovery services one env describes: the website source (fetch
 * client from the web vars) and the DoH source (`DOH_URL`), plus page limits.
 *
 * @example
 * discoveryServicesOf({ DOH_URL: "http://127.0.0.1:4000/dns-query" } as DiscoveryEnv).sources.map((s) => s.name); // ["website", "doh"]
 */
export function discoveryServicesOf(env: DiscoveryEnv, options: DiscoveryServicesOptions = {}): DiscoveryServices {
  const client = webClientFromEnv(env, options.fetch);
  const doh = { dohUrl: urlVar(env, "DOH_URL", DEFAULT_DOH_URL), fetch: options.fetch ?? ((i, init) => fetch(i, init)), timeoutMs: client.limits.timeoutMs };
  const maxPagesCap = intVar(env, "DISCOVERY_MAX_PAGES_CAP", 250);
  return {
    sources: [websiteSource(client), dohSource(doh)],
    defaultMaxPages: Math.min(intVar(env, "DISCOVERY_MAX_PAGES", 12), maxPagesCap),
    maxPagesCap,
  };
}

/**
 * The worker's per-run services factory (`createWorkerApp({ services })`).
 * `discovery` is a thunk: the env is read inside the run, so a malformed var
 * becomes the run's `__error__` naming it, not an anonymous 500.
 *
 * @example
 * createWorkerApp({ worker: "discovery", loaders: GRAPH_LOADERS, services: discoveryServices() });
 */
export function discoveryServices(options: DiscoveryServicesOptions = {}): ServicesFactory {
  return (env) => {
    let built: DiscoveryServices | undefined;
    return { discovery: () => (built ??= discoveryServicesOf(env as DiscoveryEnv, options)) };
  };
}
