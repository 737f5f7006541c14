import { Hono } from "hono";
import { parseOr422, readJsonBody } from "@agentic-sales/shared/http";
import type { WorkerBindings } from "@agentic-sales/shared/runtime";
import { executionCtxOf, type AppFetch } from "../api/internal-run.ts";
import type { EmailEnv } from "../env.ts";
import { OutcomeBody, type OutcomeWebhookKind } from "./outcome-body.ts";
import { recordOutcome } from "./record-outcome.ts";
import { nudgeThread } from "./thread-nudge.ts";

// Outcomes that change what the thread does next; sent / delivered only inform.
const ACTS_ON_THREAD: ReadonlySet<OutcomeWebhookKind> = new Set(["bounced", "replied", "meeting_booked"]);

export interface OutcomeRoutesOptions {
  /** The worker app's own fetch, resolved at request time. */
  appFetch: () => AppFetch;
  /** Clock; default the wall clock. */
  now?: () => number;
}

/**
 * `POST /outcomes`: provider webhooks and calendar bookings, normalized to
 * `{ event_id, thread_id, kind, label?, occurred_at, data? }`. 201 when the
 * event is new, 200 `recorded: false` for a repeat (nothing changes); 422 for
 * a bad body or kind, 404 for an unknown thread. A new reply, booking or
 * bounce resumes the thread now (`nudge`) so it stops at once.
 *
 * @example
 * app.route("/", outcomeRoutes({ appFetch: () => app.fetch }));
 */
export function outcomeRoutes(options: OutcomeRoutesOptions) {
  const now = options.now ?? Date.now;
  return new Hono<{ Bindings: WorkerBindings }>().post("/outcomes", async (c) => {
    const body = parseOr422(OutcomeBody, await readJsonBody(c), "body", "invalid_input", 422);
    const at = now();
    const result = await recordOutcome(c.env.DB, body, at);
    const nudge = result.recorded && ACTS_ON_THREAD.has(body.kind) ? await nudgeThread(options.appFetch(), c.env as EmailEnv, executionCtxOf(c), body.thread_id, at) : "skipped";
    return c.json({ ...result, nudge }, result.recorded ? 201 : 200);
  });
}
