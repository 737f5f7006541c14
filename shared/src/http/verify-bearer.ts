/** Outcome of checking a bearer token against a stored SHA-256 hex digest. */
export type BearerCheck = "ok" | "missing" | "malformed" | "invalid";

const HEX64 = /^[0-9a-f]{64}$/i;

/** True when `hex` is a well-formed SHA-256 hex digest. */
export const isSha256Hex = (hex: string | undefined): hex is string => !!hex && HEX64.test(hex.trim());

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** SHA-256 of a UTF-8 string as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Checks `Authorization: Bearer <token>` against the SHA-256 hex of the secret.
 * Both sides are 32-byte digests, so `timingSafeEqual` never sees unequal
 * lengths and the comparison leaks neither content nor length.
 *
 * @example
 * await verifyBearer("Bearer dev-local-token", await sha256Hex("dev-local-token")); // "ok"
 */
export async function verifyBearer(authorization: string | null | undefined, secretSha256Hex: string): Promise<BearerCheck> {
  if (authorization === null || authorization === undefined || authorization.trim() === "") return "missing";
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(authorization);
  if (!match) return "malformed";
  const presented = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(match[1])));
  const expected = hexToBytes(secretSha256Hex.trim().toLowerCase());
  return crypto.subtle.timingSafeEqual(presented, expected) ? "ok" : "invalid";
}
