import type { EmailEnv } from "../env.ts";

/** The worker app's own `fetch` (`app.fetch`), used to run graphs through the same HTTP path as callers. */
export type AppFetch = (request: Request, env: EmailEnv, ctx: ExecutionContext) => Response | Promise<Response>;

/** How a run through the app's HTTP path ended. */
export interface InternalRunResult {
  readonly ok: boolean;
  readonly status: number;
  readonly body: Record<string, unknown>;
  /** `"<code>: <message>"` of an HTTP error or a run's `__error__`; null when ok. */
  readonly error: string | null;
}

const ORIGIN = "https://email.internal";

/**
 * Calls this worker's own app in-process. The caller was authenticated
 * already (or is the queue consumer, which has no token), so the hop drops
 * `WORKER_SECRET_SHA256`: the bearer guard then has nothing to check.
 *
 * @example
 * await internalFetch(app.fetch, env, ctx, "GET", `/threads/${id}/state`);
 */
export async function internalFetch(fetch: AppFetch, env: EmailEnv, ctx: ExecutionContext, method: "GET" | "POST", path: string, body?: unknown): Promise<InternalRunResult> {
  const init: RequestInit = body === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const res = await fetch(new Request(`${ORIGIN}${path}`, init), { ...env, WORKER_SECRET_SHA256: undefined }, ctx);
  const json = ((await res.json().catch(() => ({}))) ?? {}) as Record<string, unknown>;
  if (!res.ok) return { ok: false, status: res.status, body: json, error: `${String(json.error ?? `http_${res.status}`)}: ${String(json.message ?? res.statusText)}` };
  const runError = json.__error__ as { error?: string; message?: string } | undefined;
  if (runError) return { ok: false, status: res.status, body: json, error: `${runError.error ?? "Error"}: ${runError.message ?? ""}` };
  return { ok: true, status: res.status, body: json, error: null };
}

/**
 * Runs the campaign graph on a thread through `POST /threads/{id}/runs/wait`:
 * a first run (`input`) or a resume (`command.resume`).
 *
 * @example
 * await runCampaignThread(app.fetch, env, ctx, threadId, { command: { resume: { now } } });
 */
export function runCampaignThread(
  fetch: AppFetch,
  env: EmailEnv,
  ctx: ExecutionContext,
  threadId: string,
  run: { input: unknown } | { command: { resume: unknown } },
): Promise<InternalRunResult> {
  return internalFetch(fetch, env, ctx, "POST", `/threads/${threadId}/runs/wait`, { assistant_id: "campaign", ...run });
}

/**
 * The request's ExecutionContext, or a stand-in outside a Worker invocation (in-process tests).
 *
 * @example
 * const ctx = executionCtxOf(c);
 */
export function executionCtxOf(c: { readonly executionCtx: unknown }): ExecutionContext {
  try {
    // Hono types its own ExecutionContext; at runtime it is the Worker's.
    return c.executionCtx as ExecutionContext;
  } catch {
    return { waitUntil: (p: Promise<unknown>) => void p.catch(() => undefined), passThroughOnException: () => undefined, props: {} } as ExecutionContext;
  }
}
