import type { SendReceipt, Sender } from "../campaign/sender.ts";
import { log } from "@agentic-sales/shared/telemetry";
import { graphMessageOf } from "./graph-message.ts";
import { failureOf, providerPost, stringAt, type ErrorOf, type ProviderHttp } from "./provider-request.ts";
import type { OutgoingReply } from "./reply-thread.ts";

/** Default origin of Microsoft Graph (`GRAPH_API_URL` overrides it). */
export const GRAPH_API_URL = "https://graph.microsoft.com";

// {"error":{"code":"InvalidAuthenticationToken","message":"…","innerError":{…}}}
const graphErrorOf: ErrorOf = (json) => {
  const error = (json as { error?: unknown } | null)?.error;
  return { code: stringAt(error, "code"), message: stringAt(error, "message") };
};

/**
 * Sends from the user's own Microsoft 365 / Outlook mailbox through Microsoft
 * Graph with a delegated OAuth token (scope Mail.Send):
 * `POST {GRAPH_API_URL}/v1.0/me/sendMail` with `{ message, saveToSentItems }`,
 * or for a reply `POST /v1.0/me/messages/{id}/reply` with `{ message }`.
 * Graph answers 202 with no body: there is no message id to report (the
 * receipt carries Graph's `request-id`) and no Message-ID, so replies are
 * matched by the signed Reply-To token only. See `graphMessageOf` for which
 * headers Graph permits.
 *
 * NOT idempotent: sendMail takes no idempotency key.
 *
 * @example
 * const sender = graphSender({ apiUrl: env.GRAPH_API_URL ?? GRAPH_API_URL, token: env.GRAPH_ACCESS_TOKEN });
 * await sender.send(message, "3f0c…:0"); // { provider: "microsoft", providerMessageId: "<request-id>", messageId: null }
 */
export function graphSender(http: ProviderHttp): Sender {
  return {
    name: "microsoft",
    idempotent: false,
    async send(message: OutgoingReply, idempotencyKey: string): Promise<SendReceipt> {
      const replyOf = message.thread?.providerMessageId;
      const { message: graphMessage, dropped } = graphMessageOf(message, { forReply: Boolean(replyOf) });
      if (dropped.length) log("info", "graph_headers_dropped", { provider: "microsoft", count: dropped.length });
      const path = replyOf ? `/v1.0/me/messages/${encodeURIComponent(replyOf)}/reply` : "/v1.0/me/sendMail";
      const body = JSON.stringify(replyOf ? { message: graphMessage } : { message: graphMessage, saveToSentItems: true });
      const res = await providerPost("microsoft", http, path, { "content-type": "application/json", "client-request-id": crypto.randomUUID() }, body);
      if (!res.ok) throw await failureOf("microsoft", res, graphErrorOf);
      return { provider: "microsoft", providerMessageId: res.headers.get("request-id") ?? idempotencyKey, messageId: null };
    },
  };
}
