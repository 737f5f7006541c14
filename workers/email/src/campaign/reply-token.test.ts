import { describe, expect, it } from "vitest";
import { replyToken, unsubscribeToken, verifyThreadToken } from "./reply-token.ts";

const THREAD = "6b0f1c8e-3d4a-5f5b-9c2e-7a1d8e4b5c60";
const SECRET = "test-secret-of-some-length";

describe("thread tokens", () => {
  it("is deterministic, fits an address local part and round-trips", async () => {
    const token = await replyToken(THREAD, SECRET);
    expect(token).toBe(await replyToken(THREAD.toUpperCase(), SECRET));
    expect(`reply+${token}`.length).toBeLessThanOrEqual(64);
    expect(token).toMatch(/^[0-9a-f]{32}-[0-9a-f]{20}$/);
    expect(await verifyThreadToken("reply", token, SECRET)).toBe(THREAD);
  });

  it("is an HMAC-SHA256 of the purpose and thread id", async () => {
    const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`reply:${THREAD}`)));
    const hex = [...mac].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect((await replyToken(THREAD, SECRET)).split("-")[1]).toBe(hex.slice(0, 20));
  });

  it("rejects a forged, re-purposed or re-keyed token", async () => {
    const token = await replyToken(THREAD, SECRET);
    const forged = `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`;
    expect(await verifyThreadToken("reply", forged, SECRET)).toBeNull();
    expect(await verifyThreadToken("unsubscribe", token, SECRET)).toBeNull();
    expect(await verifyThreadToken("reply", token, "another-secret")).toBeNull();
    expect(await verifyThreadToken("reply", "not-a-token", SECRET)).toBeNull();
    expect(await unsubscribeToken(THREAD, SECRET)).not.toBe(token);
  });

  it("refuses to sign without a secret", async () => {
    await expect(replyToken(THREAD, "")).rejects.toThrow(/REPLY_TOKEN_SECRET/);
  });
});
