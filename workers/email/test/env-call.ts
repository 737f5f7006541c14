// An app call with an env of the test's own (provider URLs and tokens), for
// tests that need more than helpers.ts's fixed testEnv.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import type { EmailEnv } from "../src/env.ts";
import { testEnv, type App } from "./helpers.ts";

/** One request through `app` with `env`, waiting for its `waitUntil` work. */
export async function callWith(app: Pick<App, "fetch">, env: EmailEnv, method: "GET" | "POST", path: string, json?: unknown): Promise<{ status: number; body: any }> {
  const ctx = createExecutionContext();
  const init: RequestInit = json === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(json) };
  const res = await app.fetch(new Request(`https://email.test${path}`, init), env, ctx);
  await waitOnExecutionContext(ctx);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // HTML pages stay text
  }
  return { status: res.status, body };
}

/** testEnv with the mail-provider fakes as every provider's API. */
export const envWithProviders = (origin: string, tokens: Partial<Pick<EmailEnv, "GMAIL_ACCESS_TOKEN" | "GRAPH_ACCESS_TOKEN" | "RESEND_API_KEY">> = {}): EmailEnv => ({
  ...testEnv,
  GMAIL_API_URL: origin,
  GRAPH_API_URL: origin,
  RESEND_API_URL: origin,
  ...tokens,
});
