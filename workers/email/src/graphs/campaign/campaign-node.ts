import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { servicesOf } from "../services-of.ts";
import { REQUIRED_SERVICES, type CampaignNodeName, type CampaignServices } from "./campaign-services.ts";
import type { CampaignStateUpdate, CampaignStateValue } from "./campaign-state.ts";
import { migrateCampaignState, type CampaignValues } from "./migrate-state.ts";

/** What a node body gets besides the state. */
export interface NodeContext {
  readonly services: CampaignServices;
  readonly threadId: string;
  readonly config: LangGraphRunnableConfig;
}

export type NodeBody = (state: CampaignValues, x: NodeContext) => Promise<Partial<CampaignValues>>;

/**
 * Wraps a node body with what every campaign node needs: the services, the
 * thread id, the state read at its current schema version (the migration's
 * writes are returned with the node's, so the checkpoint is upgraded in
 * place), and the test hook at the node boundary.
 *
 * @example
 * export const record = campaignNode("record", async (s, { services, threadId }) => ({ step: s.step + 1 }));
 */
export function campaignNode(name: CampaignNodeName, body: NodeBody) {
  return async function node(state: CampaignStateValue, config: LangGraphRunnableConfig): Promise<CampaignStateUpdate> {
    const services = servicesOf<CampaignServices>(config, REQUIRED_SERVICES, "campaign");
    const threadId = config.configurable?.thread_id;
    if (typeof threadId !== "string") throw new Error('campaign: missing "thread_id" in "config.configurable"; the graph runs only on a thread.');
    const { values, patch } = migrateCampaignState(state as Record<string, unknown>);
    const update = await body(values, { services, threadId, config });
    await services.hooks?.afterNode?.(name, threadId);
    return { ...patch, ...update } as CampaignStateUpdate;
  };
}
