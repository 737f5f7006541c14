/** What a signed thread token authorizes; distinct keys so a reply token cannot unsubscribe. */
export type TokenPurpose = "reply" | "unsubscribe";

/** Hex chars of the HMAC kept in a token: 80 bits, enough against forgery, short enough for an address local part. */
const MAC_HEX = 20;
const TOKEN = /^([0-9a-f]{32})-([0-9a-f]{20})$/;

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

async function macOf(purpose: TokenPurpose, threadId: string, secret: string): Promise<string> {
  if (!secret) throw new Error("REPLY_TOKEN_SECRET is empty: thread tokens cannot be signed.");
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${purpose}:${threadId.toLowerCase()}`));
  return hex(mac).slice(0, MAC_HEX);
}

/**
 * Signs a thread id for one purpose: `<32 hex thread id>-<20 hex HMAC-SHA256>`.
 *
 * @example
 * await threadToken("reply", threadId, secret); // "3f0c…9a-1b2c3d4e5f60718293a4"
 */
export async function threadToken(purpose: TokenPurpose, threadId: string, secret: string): Promise<string> {
  const compact = threadId.toLowerCase().replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/.test(compact)) throw new Error(`threadToken: "${threadId}" is not a UUID.`);
  return `${compact}-${await macOf(purpose, threadId, secret)}`;
}

/**
 * The token in an outreach message's `Reply-To: reply+<token>@<reply domain>`:
 * the thread id signed with HMAC-SHA256 under `REPLY_TOKEN_SECRET`, so the
 * inbound handler can route a reply to its thread and reject forged tokens.
 * 59 chars with the `reply+` prefix, within the 64-char local-part limit.
 *
 * @example
 * await replyToken("3f0c…-…", env.REPLY_TOKEN_SECRET); // "3f0c…9a-1b2c3d4e5f60718293a4"
 */
export const replyToken = (threadId: string, secret: string): Promise<string> => threadToken("reply", threadId, secret);

/**
 * The token of the one-click unsubscribe URL (`/unsubscribe?token=…`).
 *
 * @example
 * `https://app.example/unsubscribe?token=${await unsubscribeToken(threadId, secret)}`;
 */
export const unsubscribeToken = (threadId: string, secret: string): Promise<string> => threadToken("unsubscribe", threadId, secret);

/**
 * The thread id a token was signed for, or null when it is malformed or
 * forged. Compares in constant time (the MAC is the secret-dependent part).
 *
 * @example
 * await verifyThreadToken("reply", token, secret); // "3f0c…" or null
 */
export async function verifyThreadToken(purpose: TokenPurpose, token: string, secret: string): Promise<string | null> {
  const m = TOKEN.exec(token.toLowerCase());
  if (!m) return null;
  const h = m[1]!;
  const threadId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  const expected = await macOf(purpose, threadId, secret);
  let diff = 0;
  for (let i = 0; i < MAC_HEX; i++) diff |= expected.charCodeAt(i) ^ m[2]!.charCodeAt(i);
  return diff === 0 ? threadId : null;
}
