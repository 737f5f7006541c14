import type { ServicesFactory } from "@agentic-sales/shared/runtime";
import type { Sender } from "./campaign/sender.ts";
import { outreachLinksOf, type EmailEnv } from "./env.ts";
import type { HubLike } from "./graphs/email-outreach/compose-touch.ts";
import type { CampaignHooks, CampaignServices } from "./graphs/campaign/campaign-services.ts";
import { ContactRecords } from "./graphs/email-compose/contact-records.ts";
import { CampaignStore } from "./stores/campaign-store.ts";
import { DncStore } from "./stores/dnc-store.ts";
import { EventStore } from "./stores/event-store.ts";
import { MemoryStore } from "./stores/memory-store.ts";
import { outboxSender } from "./stores/outbox-sender.ts";
import { SendLedger } from "./stores/send-ledger.ts";
import { transactionalSender } from "./senders/transactional-sender.ts";

export interface EmailServicesOptions {
  /** The outreach sender; default: the local outbox. Real mailbox senders plug in here. */
  sender?: (env: EmailEnv) => Sender;
  /** Replaces the run's model hub (default: the runtime's gateway hub, `createModelHub` over this env). */
  hub?: (env: EmailEnv, waitUntil: (p: Promise<unknown>) => void) => HubLike;
  /** Test seams (crash injection); never set in production. */
  hooks?: CampaignHooks;
}

/** What this factory adds to the runtime's default services (which bring the hub). */
export type EmailServices = Omit<CampaignServices, "hub"> & {
  hub?: HubLike;
  /** `memory_items`: recalled by email_compose and email_reply, written by memory_reflect. */
  memory: MemoryStore;
  /** Contact and company rows for email_compose's `hydrate`. */
  contactRecords: ContactRecords;
  /** Transactional notices to the user (Resend, else the outbox); never outreach. */
  notices: Sender;
};

/**
 * The email worker's per-run services (`config.context.services`), on top of
 * the runtime's defaults (the model hub of the run): the D1 stores, the
 * sender, the outreach links and the token secret, built from env for each
 * run so a var or secret change applies to the next run. An unset
 * `REPLY_TOKEN_SECRET` is passed as "" and fails the send (closed), not the
 * graphs that never sign a token.
 *
 * @example
 * createWorkerApp({ worker: "email", loaders: GRAPH_LOADERS, services: emailServices() });
 */
export function emailServices(options: EmailServicesOptions = {}): ServicesFactory {
  return (bindings, waitUntil) => {
    const env = bindings as EmailEnv;
    const services: EmailServices = {
      campaigns: new CampaignStore(env.DB),
      ledger: new SendLedger(env.DB),
      dnc: new DncStore(env.DB),
      events: new EventStore(env.DB),
      memory: new MemoryStore(env.DB),
      contactRecords: new ContactRecords(env.DB),
      sender: options.sender?.(env) ?? outboxSender(env.DB),
      notices: transactionalSender(env),
      replyTokenSecret: env.REPLY_TOKEN_SECRET ?? "",
      links: outreachLinksOf(env),
      ...(options.hub ? { hub: options.hub(env, waitUntil) } : {}),
      ...(options.hooks ? { hooks: options.hooks } : {}),
    };
    return { ...services };
  };
}
