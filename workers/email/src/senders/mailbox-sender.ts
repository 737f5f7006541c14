import type { OutgoingMessage, SendReceipt, Sender } from "../campaign/sender.ts";
import type { EmailEnv } from "../env.ts";
import { outboxSender } from "../stores/outbox-sender.ts";
import { GMAIL_API_URL, gmailSender } from "./gmail-sender.ts";
import { GRAPH_API_URL, graphSender } from "./graph-sender.ts";
import { definitelyNotSent, SendFailure } from "./send-failure.ts";
import { MAILBOX_PROVIDER, RELEASE_RESERVATION } from "./sender-sql.ts";

/** `mailboxes.provider`: where a mailbox's mail leaves from. */
export type MailboxProvider = "outbox" | "gmail" | "microsoft";

/** Env secrets that name each provider's credentials, for error messages. */
const TOKEN_VAR = { gmail: "GMAIL_ACCESS_TOKEN", microsoft: "GRAPH_ACCESS_TOKEN" } as const;

export interface MailboxSenderOptions {
  /** Test seam for the provider HTTP calls; default the global fetch. */
  readonly fetch?: typeof fetch;
}

/**
 * The outreach sender: the mailbox row of the message's From address
 * (`mailboxes.provider`) chooses how it leaves — the local `outbox` table,
 * the user's Gmail (Gmail API) or the user's Microsoft 365 mailbox (Graph).
 *
 * The rule, here where the sender is chosen: cold outreach ALWAYS leaves from
 * the user's own mailbox. Cloudflare's `send_email` binding (Email Service)
 * is for transactional mail only (its FAQ: "supports transactional email
 * only") and Resend is used for notices to the user only
 * (`transactionalSender`); neither is ever a choice here.
 *
 * `idempotent` is true only while no real provider is configured (every
 * mailbox then goes to the outbox, or fails before any call): once Gmail or
 * Graph credentials exist, an interrupted send is never repeated blindly,
 * whatever the mailbox. A send that provably did not leave (refused by the
 * provider, or no credentials) releases its ledger reservation, so the next
 * run retries it instead of pausing the thread as "outcome unknown".
 *
 * @example
 * emailServices({ sender: (env) => mailboxSender(env) });
 */
export function mailboxSender(env: EmailEnv, options: MailboxSenderOptions = {}): Sender {
  const outbox = outboxSender(env.DB);
  const http = (apiUrl: string, token: string) => ({ apiUrl, token, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const providers: Partial<Record<MailboxProvider, Sender>> = {
    outbox,
    ...(env.GMAIL_ACCESS_TOKEN ? { gmail: gmailSender(http(env.GMAIL_API_URL?.trim() || GMAIL_API_URL, env.GMAIL_ACCESS_TOKEN)) } : {}),
    ...(env.GRAPH_ACCESS_TOKEN ? { microsoft: graphSender(http(env.GRAPH_API_URL?.trim() || GRAPH_API_URL, env.GRAPH_ACCESS_TOKEN)) } : {}),
  };

  const release = (key: string) => env.DB.prepare(RELEASE_RESERVATION).bind(key).run();

  return {
    name: "mailbox",
    idempotent: !providers.gmail && !providers.microsoft,
    async send(message: OutgoingMessage, idempotencyKey: string): Promise<SendReceipt> {
      const row = await env.DB.prepare(MAILBOX_PROVIDER).bind(message.from.address).first<{ provider: MailboxProvider }>();
      const provider = row?.provider;
      const sender = provider ? providers[provider] : undefined;
      try {
        if (!provider) throw new SendFailure("mailbox", "not_configured", null, "no_mailbox", `No mailbox row for "${message.from.address}": outreach leaves only from a registered mailbox.`);
        if (!sender) {
          const secret = TOKEN_VAR[provider as keyof typeof TOKEN_VAR];
          throw new SendFailure(provider, "not_configured", null, "no_credentials", `Mailbox "${message.from.address}" sends through ${provider}, but ${secret} is not set.`);
        }
        return await sender.send(message, idempotencyKey);
      } catch (e) {
        if (definitelyNotSent(e)) await release(idempotencyKey);
        throw e;
      }
    },
  };
}
