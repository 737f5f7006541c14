/** Where a reply's addresses come from, most trustworthy first. */
export interface ReplyAddressSources {
  /** The envelope recipient (RCPT TO) Email Routing delivered to. */
  readonly envelopeTo: string;
  readonly deliveredTo: readonly string[];
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

export type TokenSource = "envelope" | "delivered-to" | "to" | "cc";

export interface FoundToken {
  readonly token: string;
  readonly source: TokenSource;
}

// reply+<32 hex thread id>-<20 hex HMAC>@<reply domain>; see campaign/reply-token.ts.
const REPLY_LOCAL = /^reply\+([0-9a-f]{32}-[0-9a-f]{20})$/;

/**
 * The reply tokens in a message's recipient addresses on the reply domain,
 * in order of trust: the envelope recipient (set by the sending MTA from our
 * Reply-To, not by the message text), then Delivered-To, To and Cc. Each
 * token appears once. Tokens are NOT verified here: the caller checks each
 * HMAC, and a message whose tokens all fail is unmatched.
 *
 * @example
 * replyTokens({ envelopeTo: "reply+3f0c…-1b2c…@replies.example.com", deliveredTo: [], to: [], cc: [] }, "replies.example.com");
 * // [{ token: "3f0c…-1b2c…", source: "envelope" }]
 */
export function replyTokens(sources: ReplyAddressSources, replyDomain: string): FoundToken[] {
  const domain = replyDomain.trim().toLowerCase();
  const ordered: [TokenSource, readonly string[]][] = [
    ["envelope", [sources.envelopeTo]],
    ["delivered-to", sources.deliveredTo],
    ["to", sources.to],
    ["cc", sources.cc],
  ];
  const found: FoundToken[] = [];
  for (const [source, list] of ordered) {
    for (const address of list) {
      const at = address.trim().toLowerCase().lastIndexOf("@");
      if (at < 0 || address.trim().toLowerCase().slice(at + 1) !== domain) continue;
      const token = REPLY_LOCAL.exec(address.trim().toLowerCase().slice(0, at))?.[1];
      if (token && !found.some((f) => f.token === token)) found.push({ token, source });
    }
  }
  return found;
}
