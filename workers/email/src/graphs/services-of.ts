import type { LangGraphRunnableConfig } from "@langchain/langgraph";

/**
 * The per-run services the worker put in `config.context.services`, checked
 * for the keys a node needs so a wiring mistake names the missing service
 * instead of failing later on `undefined`.
 *
 * @example
 * const { hub } = servicesOf<{ hub: HubLike }>(config, ["hub"], "email_outreach");
 */
export function servicesOf<T extends object>(config: LangGraphRunnableConfig | undefined, keys: readonly (keyof T & string)[], graph: string): T {
  const services = (config?.context as { services?: Record<string, unknown> } | undefined)?.services;
  const missing = keys.filter((k) => services?.[k] === undefined || services?.[k] === null);
  if (!services || missing.length > 0) {
    throw new Error(`${graph}: missing ${missing.map((k) => `"config.context.services.${k}"`).join(", ") || '"config.context.services"'}; the worker's services factory must provide it.`);
  }
  return services as T;
}
