import type { RoutePrefix } from "@agentic-sales/shared/registry";
import { admits } from "./canary-bucket.ts";

/** An operator override for one prefix, parsed from `ROUTE_<PREFIX>_*` env vars. */
export interface RouteOverride {
  readonly prefix: RoutePrefix;
  /** Alternate sub-worker reached over HTTPS … */
  readonly url?: string;
  /** … or through an alternate service binding. */
  readonly binding?: string;
  /** Bearer token the alternate sub-worker checks. */
  readonly secret?: string;
  /** Assistants this route takes (always within the prefix's registry allowlist). */
  readonly assistants: ReadonlySet<string>;
  /** Share of those assistants' traffic, 0–100. */
  readonly percent: number;
}

export type RouteDecision =
  | { readonly side: "home"; readonly prefix: RoutePrefix; readonly binding: string }
  | { readonly side: "canary"; readonly prefix: RoutePrefix; readonly url?: string; readonly binding?: string; readonly secret?: string };

/**
 * Picks where one request goes. The first override whose target is set, whose
 * allowlist holds the assistant and whose percentage admits `splitKey` wins;
 * otherwise the assistant's home worker, through its service binding.
 *
 * @example
 * routeFor("email_reply", [], { prefix: "EMAIL", binding: "EMAIL" }, threadId);
 * // { side: "home", prefix: "EMAIL", binding: "EMAIL" }
 */
export function routeFor(
  assistantId: string,
  routes: readonly RouteOverride[],
  home: { prefix: RoutePrefix; binding: string },
  splitKey: string,
): RouteDecision {
  for (const r of routes) {
    if (!(r.url || r.binding) || !r.assistants.has(assistantId) || !admits(r.percent, splitKey)) continue;
    return {
      side: "canary",
      prefix: r.prefix,
      ...(r.url ? { url: r.url } : { binding: r.binding }),
      ...(r.secret ? { secret: r.secret } : {}),
    };
  }
  return { side: "home", prefix: home.prefix, binding: home.binding };
}

/** The `x-route` header value: `EMAIL:canary`, `CLASSIFY:home`. */
export const routeLabel = (d: RouteDecision): string => `${d.prefix}:${d.side}`;
