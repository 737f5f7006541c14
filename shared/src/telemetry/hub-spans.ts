import { currentScope } from "./request-scope.ts";
import { withModelCallSpan, type ModelCallResult, type ModelCallShape } from "./model-call-span.ts";

type HubCall = (call: ModelCallShape, ...rest: unknown[]) => Promise<ModelCallResult>;

/**
 * The run's services with `hub.complete` / `hub.completeJson` traced by
 * `withModelCallSpan`, so every model call of every graph gets a span with no
 * per-graph code. Requests with OTel off get `services` back untouched.
 *
 * Until the hub calls `withModelCallSpan` itself (per provider attempt), this
 * is where model-call spans come from; a JSON call with a repair is one span.
 *
 * @example
 * const services = traceHubCalls({ hub: createModelHub({ env, waitUntil }), now });
 */
export function traceHubCalls<S extends Record<string, unknown>>(services: S): S {
  const hub = services.hub as Record<string, unknown> | undefined;
  if (!currentScope()?.exporter || !hub || typeof hub !== "object") return services;
  const traced = new Proxy(hub, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if ((prop === "complete" || prop === "completeJson") && typeof value === "function") {
        const method = (value as HubCall).bind(target);
        return (call: ModelCallShape, ...rest: unknown[]) => withModelCallSpan(call, () => method(call, ...rest));
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...services, hub: traced };
}
