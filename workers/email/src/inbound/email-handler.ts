import { log } from "@agentic-sales/shared/telemetry";
import type { AppFetch } from "../api/internal-run.ts";
import type { EmailEnv } from "../env.ts";
import { handleInbound } from "./handle-inbound.ts";

/**
 * Email Routing's `email()` handler: every message to the reply domain goes
 * through `handleInbound`. A throw here is a temporary SMTP failure and the
 * sending server retries, so it is reserved for "not now" — the classify
 * worker unreachable, the token secret missing, D1 down. A bad message
 * (malformed, forged, oversized, unknown) is stored with its reason and
 * accepted; it is never rejected back to the person who wrote it.
 *
 * @example
 * export default { fetch, email: emailHandler(() => app.fetch) } satisfies ExportedHandler<EmailEnv>;
 */
export function emailHandler(appFetch: () => AppFetch) {
  return async function email(message: ForwardableEmailMessage, env: EmailEnv, ctx: ExecutionContext): Promise<void> {
    const result = await handleInbound(message.raw, { from: message.from, to: message.to }, env, ctx, { appFetch: appFetch() });
    if (result.status === "retry") {
      log("warn", "inbound_deferred", { reason: result.reason });
      throw new Error(`inbound: ${result.reason}; try again later`);
    }
    log("info", "inbound", {
      outcome: result.status,
      reason: "reason" in result ? (result.reason ?? undefined) : undefined,
      thread_id: "thread_id" in result ? (result.thread_id ?? undefined) : undefined,
      bytes: message.rawSize,
    });
  };
}
