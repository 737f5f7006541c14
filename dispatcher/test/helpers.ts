import { env } from "cloudflare:workers";
import { createDispatcherApp } from "../src/routes.ts";

export const TOKEN = "test-token-7f3a9c";
export const app = createDispatcherApp();

export async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The dispatcher's env with the test token's hash and any overrides. */
export async function envWith(overrides: Record<string, unknown> = {}): Promise<DispatcherEnv> {
  return { ...env, LANGGRAPH_DISPATCHER_SECRET_SHA256: await sha256Hex(TOKEN), ...overrides } as DispatcherEnv;
}

/** A request through the dispatcher app, authenticated unless headers say otherwise. */
export async function call(path: string, init: RequestInit & { json?: unknown } = {}, overrides: Record<string, unknown> = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has("authorization")) headers.set("authorization", `Bearer ${TOKEN}`);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  return app.request(path, { ...init, headers, ...(body !== undefined ? { body } : {}) }, await envWith(overrides));
}
