import { Hono } from "hono";
import { ApiError, bearerGuard, errorResponse, jsonErrorHandler } from "@agentic-sales/shared/http";
import type { WorkerBindings } from "@agentic-sales/shared/runtime";
import { telemetry } from "@agentic-sales/shared/telemetry";
import { executionCtxOf, type AppFetch } from "../api/internal-run.ts";
import type { EmailEnv } from "../env.ts";
import { handleInbound } from "./handle-inbound.ts";

/** Path of the relay route; `emailWorker` sends it to `inboundApp`, outside the API's body limit. */
export const INBOUND_PATH = "/inbound";

const STATUS = { stored: 201, duplicate: 200, rejected: 400, retry: 503 } as const;

/**
 * `POST /inbound`: the relay of a raw message by another worker's `email()`
 * (the dispatcher's, in local dev where only it gets Email Routing events).
 * Body: the raw RFC 5322 message (`Content-Type: message/rfc822`); the SMTP
 * envelope in `X-Envelope-From` / `X-Envelope-To`. Answers the pipeline's
 * result: 201 stored, 200 duplicate, 400 empty, 503 retry later (the relay
 * then throws in its own `email()`, so the sender retries).
 *
 * Served by its own small app, outside the LangGraph API's 1 MiB body limit
 * (a reply with attachments is larger; `handleInbound` reads at most 4 MiB
 * and drops the stream after), behind the same bearer guard.
 *
 * @example
 * const inbound = inboundApp({ appFetch: () => app.fetch });
 * await inbound.fetch(new Request("https://email.internal/inbound", { method: "POST", headers: { "x-envelope-to": to }, body: raw }), env, ctx);
 */
export function inboundApp(options: { appFetch: () => AppFetch; now?: () => number }) {
  const app = new Hono<{ Bindings: WorkerBindings }>();
  app.use(telemetry());
  app.onError(jsonErrorHandler);
  app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", `No route ${c.req.method} ${c.req.path} on the email worker.`)));
  app.use(bearerGuard({ secretVar: "WORKER_SECRET_SHA256", required: false }));
  app.post(INBOUND_PATH, async (c) => {
    const to = c.req.header("x-envelope-to")?.trim();
    if (!to) throw new ApiError(400, "invalid_body", 'Send the envelope recipient in "X-Envelope-To" (and the sender in "X-Envelope-From").');
    const body = c.req.raw.body;
    if (!body) throw new ApiError(400, "invalid_body", "Send the raw message as the request body.");
    const result = await handleInbound(body, { from: c.req.header("x-envelope-from") ?? "", to }, c.env as EmailEnv, executionCtxOf(c), {
      appFetch: options.appFetch(),
      ...(options.now ? { now: options.now() } : {}),
    });
    return c.json(result, STATUS[result.status]);
  });
  return app;
}
