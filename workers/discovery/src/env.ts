import type { WorkerBindings } from "@agentic-sales/shared/runtime";
import type { WebEnv } from "@agentic-sales/shared/web";

/** The discovery worker's bindings: `[vars]` of wrangler.toml (or `--var`), all optional. */
export interface DiscoveryEnv extends WorkerBindings, WebEnv {
  /** DNS-over-HTTPS JSON endpoint; default https://cloudflare-dns.com/dns-query. Tests point it at the fixture web. */
  DOH_URL?: string;
  /** Pages a contact_discovery run reads when the input does not say (default 12). */
  DISCOVERY_MAX_PAGES?: string;
  /** Most pages any run may ask for (default 250): bounds subrequests per invocation. */
  DISCOVERY_MAX_PAGES_CAP?: string;
}

/**
 * A positive integer var, or the default when unset; anything else throws, naming the var.
 *
 * @example
 * intVar({ DISCOVERY_MAX_PAGES: "20" }, "DISCOVERY_MAX_PAGES", 12); // 20
 */
export function intVar<E extends object>(env: E, name: keyof E & string, fallback: number): number {
  const raw = (env[name] as string | undefined)?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Invalid "${name}" var: expected a positive integer, got "${raw}".`);
  return value;
}

/**
 * An http(s) URL var, or the default when unset.
 *
 * @example
 * urlVar({}, "DOH_URL", "https://cloudflare-dns.com/dns-query"); // "https://cloudflare-dns.com/dns-query"
 */
export function urlVar<E extends object>(env: E, name: keyof E & string, fallback: string): string {
  const raw = (env[name] as string | undefined)?.trim();
  if (!raw) return fallback;
  const ok = URL.canParse(raw) && /^https?:$/.test(new URL(raw).protocol);
  if (!ok) throw new RangeError(`Invalid "${name}" var: expected an http(s) URL, got "${raw}".`);
  return raw;
}
