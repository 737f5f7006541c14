import { verifyThreadToken } from "../campaign/reply-token.ts";
import { threadContact, type ThreadContact } from "../unsubscribe/opt-out.ts";
import type { FoundToken } from "./reply-address.ts";

/** The thread a message belongs to, or why it belongs to none. */
export interface ThreadMatch {
  readonly thread: ThreadContact | null;
  readonly reason: "no_token" | "forged_token" | "unknown_thread" | null;
}

/**
 * The first token whose HMAC verifies and whose thread exists names the
 * thread. Nothing else does: not a Message-ID in In-Reply-To, not the sender
 * address (both are the sender's to write). A message with tokens that all
 * fail verification is `forged_token`; one whose verified token names a
 * thread that is gone is `unknown_thread`.
 *
 * @example
 * await matchThread(env.DB, env.REPLY_TOKEN_SECRET, replyTokens(sources, domain)); // { thread: { thread_id, … }, reason: null }
 */
export async function matchThread(db: D1Database, secret: string, tokens: readonly FoundToken[]): Promise<ThreadMatch> {
  if (tokens.length === 0) return { thread: null, reason: "no_token" };
  let verified = false;
  for (const { token } of tokens) {
    const threadId = await verifyThreadToken("reply", token, secret);
    if (!threadId) continue;
    verified = true;
    const thread = await threadContact(db, threadId);
    if (thread) return { thread, reason: null };
  }
  return { thread: null, reason: verified ? "unknown_thread" : "forged_token" };
}
