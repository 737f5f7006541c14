import type { Sender } from "../../campaign/sender.ts";
import type { CampaignStore } from "../../stores/campaign-store.ts";
import type { DncStore } from "../../stores/dnc-store.ts";
import type { EventStore } from "../../stores/event-store.ts";
import type { SendLedger } from "../../stores/send-ledger.ts";
import type { HubLike } from "../email-outreach/compose-touch.ts";

/** Node names of the campaign graph. */
export type CampaignNodeName = "check_reply" | "guard" | "generate_touch" | "review" | "send_touch" | "record" | "schedule_next" | "wait";

/**
 * Test seams: called at node boundaries so a test can crash the run exactly
 * there (after the node's side effects, before its checkpoint). Never set in
 * production.
 */
export interface CampaignHooks {
  /** After a node's work, before its writes are checkpointed. */
  afterNode?(node: CampaignNodeName, threadId: string): void | Promise<void>;
  /** After the provider accepted a touch, before the ledger marks it sent. */
  afterSend?(idempotencyKey: string): void | Promise<void>;
}

/** Links an outreach message carries. */
export interface OutreachLinks {
  /** Public https origin of the unsubscribe endpoint, e.g. `https://app.example.com`. */
  readonly publicBaseUrl: string;
  /** Domain of the signed `Reply-To: reply+<token>@…` address. */
  readonly replyDomain: string;
}

/** What the campaign graph's nodes get in `config.context.services`. */
export interface CampaignServices {
  readonly hub: HubLike;
  readonly campaigns: CampaignStore;
  readonly ledger: SendLedger;
  readonly dnc: DncStore;
  readonly events: EventStore;
  readonly sender: Sender;
  readonly replyTokenSecret: string;
  readonly links: OutreachLinks;
  readonly hooks?: CampaignHooks;
}

export const REQUIRED_SERVICES = ["hub", "campaigns", "ledger", "dnc", "events", "sender", "replyTokenSecret", "links"] as const satisfies readonly (keyof CampaignServices)[];
