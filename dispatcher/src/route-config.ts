import { WORKERS, routePrefixOf, type Registry } from "@agentic-sales/shared/registry";
import type { RouteOverride } from "./route-for.ts";

/** Raised for an env route that cannot be honoured; the message names the var. */
export class RouteConfigError extends Error {
  override readonly name = "RouteConfigError";
}

const list = (raw: string | undefined) =>
  (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the operator overrides from env, one per prefix, in registry worker
 * order. A route with neither URL nor binding is inactive and skipped.
 * Throws RouteConfigError for a malformed URL, percentage, or an assistant the
 * prefix's worker does not own.
 *
 * @example
 * parseRoutes({ ROUTE_EMAIL_URL: "https://email-canary.example.com", ROUTE_EMAIL_PERCENT: "10" }, registry);
 */
export function parseRoutes(env: Record<string, unknown>, registry: Registry): RouteOverride[] {
  const str = (k: string) => (typeof env[k] === "string" && (env[k] as string).trim() !== "" ? (env[k] as string).trim() : undefined);
  const routes: RouteOverride[] = [];
  for (const worker of WORKERS) {
    const prefix = routePrefixOf(worker);
    const url = str(`ROUTE_${prefix}_URL`);
    const binding = str(`ROUTE_${prefix}_BINDING`);
    if (!url && !binding) continue;
    if (url && !/^https?:\/\/[^/\s]+/.test(url)) throw new RouteConfigError(`ROUTE_${prefix}_URL "${url}" is not an http(s) URL.`);
    const owned = registry.allowlistOf(worker);
    const named = list(str(`ROUTE_${prefix}_ASSISTANTS`));
    const foreign = named.filter((a) => !owned.has(a));
    if (foreign.length) {
      throw new RouteConfigError(`ROUTE_${prefix}_ASSISTANTS names ${foreign.join(", ")}, not owned by the ${worker} worker (it owns ${[...owned].join(", ")}).`);
    }
    const rawPercent = str(`ROUTE_${prefix}_PERCENT`);
    const percent = rawPercent === undefined ? 100 : Number(rawPercent);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new RouteConfigError(`ROUTE_${prefix}_PERCENT "${rawPercent}" must be a number from 0 to 100.`);
    }
    const secret = str(`ROUTE_${prefix}_SECRET`);
    routes.push({
      prefix,
      ...(url ? { url: url.replace(/\/+$/, "") } : { binding }),
      ...(secret ? { secret } : {}),
      assistants: named.length ? new Set(named) : owned,
      percent,
    });
  }
  return routes;
}
