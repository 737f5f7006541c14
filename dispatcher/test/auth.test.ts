import { describe, expect, it } from "vitest";
import { app, envWith, sha256Hex, TOKEN } from "./helpers.ts";

const RUN = { assistant_id: "country_classify", input: { location: "Berlin, Germany" } };

type Row = { name: string; authorization?: string; env?: Record<string, unknown>; status: number; error?: string };
const CASES: Row[] = [
  { name: "missing header", status: 401, error: "unauthorized" },
  { name: "empty header", authorization: "", status: 401, error: "unauthorized" },
  { name: "wrong token", authorization: "Bearer not-the-token", status: 401, error: "unauthorized" },
  { name: "right token", authorization: `Bearer ${TOKEN}`, status: 200 },
  { name: "scheme is case-insensitive", authorization: `bearer ${TOKEN}`, status: 200 },
  { name: "wrong scheme", authorization: `Basic ${btoa(`u:${TOKEN}`)}`, status: 401, error: "unauthorized" },
  { name: "token without scheme", authorization: TOKEN, status: 401, error: "unauthorized" },
  { name: "secret unset → refused, never open", authorization: `Bearer ${TOKEN}`, env: { LANGGRAPH_DISPATCHER_SECRET_SHA256: undefined }, status: 503, error: "auth_not_configured" },
  { name: "secret is the raw token, not a hash → refused", authorization: `Bearer ${TOKEN}`, env: { LANGGRAPH_DISPATCHER_SECRET_SHA256: TOKEN }, status: 503, error: "auth_not_configured" },
  { name: "secret unset + ALLOW_UNAUTHENTICATED=true → open", env: { LANGGRAPH_DISPATCHER_SECRET_SHA256: undefined, ALLOW_UNAUTHENTICATED: "true" }, status: 200 },
  { name: "ALLOW_UNAUTHENTICATED does not bypass a configured secret", env: { ALLOW_UNAUTHENTICATED: "true" }, status: 401, error: "unauthorized" },
];

describe("dispatcher auth", () => {
  it.each(CASES)("$name → $status", async ({ authorization, env, status, error }) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (authorization !== undefined) headers.authorization = authorization;
    const res = await app.request("/runs/wait", { method: "POST", headers, body: JSON.stringify(RUN) }, await envWith(env));
    expect(res.status).toBe(status);
    const body = (await res.json()) as Record<string, unknown>;
    if (error) {
      expect(body.error).toBe(error);
      expect(typeof body.message).toBe("string");
    } else {
      // Reached the (probe) worker: the caller's token did not go with it.
      expect((body.headers as Record<string, string>).authorization).toBeUndefined();
    }
  });

  it.each(["/ok", "/health"])("%s needs no token and reveals nothing sensitive", async (path) => {
    const res = await app.request(path, {}, await envWith());
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(await sha256Hex(TOKEN));
    expect(text).not.toMatch(/ROUTE_|SECRET|https?:/);
  });

  it("/info needs the token", async () => {
    expect((await app.request("/info", {}, await envWith())).status).toBe(401);
  });
});
