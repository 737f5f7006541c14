import { lookupMx, type DohOptions } from "../mx/lookup-mx.ts";
import type { DiscoverySource } from "./discovery-source.ts";

/**
 * The domain's mail setup over DNS-over-HTTPS as a source.
 *
 * @example
 * await dohSource({ dohUrl: "https://cloudflare-dns.com/dns-query", fetch, timeoutMs: 3000 }).discover({ domain: "acme.io", maxPages: 1 });
 * // { mx: { status: "mx", hosts: [...], accepts_mail: true, detail: null } }
 */
export function dohSource(options: DohOptions): DiscoverySource {
  return { name: "doh", discover: async ({ domain }) => ({ mx: await lookupMx(domain, options) }) };
}
