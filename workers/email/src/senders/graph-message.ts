import type { OutgoingMessage } from "../campaign/sender.ts";

interface GraphRecipient {
  readonly emailAddress: { readonly address: string; readonly name?: string };
}

/** The subset of Graph's `message` resource an outreach message needs. */
export interface GraphMessage {
  readonly subject?: string;
  readonly body: { readonly contentType: "Text"; readonly content: string };
  readonly toRecipients: readonly GraphRecipient[];
  readonly replyTo?: readonly GraphRecipient[];
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[];
  readonly singleValueExtendedProperties?: readonly { readonly id: string; readonly value: string }[];
}

/** Graph refuses more than five custom headers per message (400, see msgraph-sdk-dotnet#2208). */
export const GRAPH_MAX_CUSTOM_HEADERS = 5;

/**
 * MAPI PidTagListUnsubscribe (0x1045, a string): how `List-Unsubscribe`
 * reaches the wire from Graph, since `internetMessageHeaders` refuses every
 * name not starting with `x-` ("InvalidInternetMessageHeader",
 * msgraph-sdk-dotnet#2105; mapping as in redaxo/core#6590).
 */
export const PID_TAG_LIST_UNSUBSCRIBE = "String 0x1045";

const ADDRESS_IN = /<([^<>\s]+@[^<>\s]+)>\s*$/;
const recipient = (value: string): GraphRecipient => ({ emailAddress: { address: ADDRESS_IN.exec(value)?.[1] ?? value.trim() } });

/**
 * What Graph can carry of a message. What Graph permits, header by header:
 * - `Reply-To` → `replyTo` (a message property, not a header);
 * - `List-Unsubscribe` → the PidTagListUnsubscribe extended property;
 * - `X-…` → `internetMessageHeaders`, at most five (later ones are dropped);
 * - `List-Unsubscribe-Post` → dropped: Graph has no property for it and
 *   refuses it as a header, so mail from a Microsoft mailbox has no RFC 8058
 *   one-click; the https link in the header and body, and "reply unsubscribe",
 *   still opt out;
 * - `In-Reply-To` / `References` → dropped: a reply goes through
 *   `/messages/{id}/reply` (`forReply`), which threads it server-side;
 * - anything else → dropped.
 * The body is text, as the outreach is. An empty `internetMessageHeaders`
 * array is left out because Graph answers it with 400.
 *
 * @example
 * graphMessageOf(message).dropped; // ["List-Unsubscribe-Post"]
 */
export function graphMessageOf(message: OutgoingMessage, options: { forReply?: boolean } = {}): { message: GraphMessage; dropped: string[] } {
  const dropped: string[] = [];
  const custom: { name: string; value: string }[] = [];
  const properties: { id: string; value: string }[] = [];
  let replyTo: GraphRecipient[] | undefined;
  for (const [name, value] of Object.entries(message.headers)) {
    const key = name.toLowerCase();
    if (key === "reply-to") replyTo = value.split(",").map(recipient);
    else if (key === "list-unsubscribe") properties.push({ id: PID_TAG_LIST_UNSUBSCRIBE, value });
    else if (key.startsWith("x-") && custom.length < GRAPH_MAX_CUSTOM_HEADERS) custom.push({ name, value });
    else dropped.push(name);
  }
  return {
    message: {
      // A reply keeps the conversation's subject ("RE: …"), set by Exchange.
      ...(options.forReply ? {} : { subject: message.subject }),
      body: { contentType: "Text", content: message.text },
      toRecipients: [recipient(message.to)],
      ...(replyTo ? { replyTo } : {}),
      ...(custom.length ? { internetMessageHeaders: custom } : {}),
      ...(properties.length ? { singleValueExtendedProperties: properties } : {}),
    },
    dropped,
  };
}
