import { Hono, type Context } from "hono";
import type { WorkerBindings } from "@agentic-sales/shared/runtime";
import { log } from "@agentic-sales/shared/telemetry";
import { verifyThreadToken } from "../campaign/reply-token.ts";
import type { EmailEnv } from "../env.ts";
import { optOut, threadContact } from "./opt-out.ts";
import { PAGE_HEADERS, unsubscribePage, type UnsubscribePage } from "./unsubscribe-page.ts";

const STATUS: Record<UnsubscribePage["kind"], number> = { confirm: 200, done: 200, invalid: 400, gone: 404, unavailable: 503 };

const page = (c: Context, p: UnsubscribePage) => c.body(unsubscribePage(p), STATUS[p.kind] as 200, PAGE_HEADERS);

/** The thread a token was signed for, or the page to show instead. */
async function threadOf(c: Context<{ Bindings: WorkerBindings }>): Promise<{ token: string; threadId: string } | UnsubscribePage> {
  const secret = (c.env as EmailEnv).REPLY_TOKEN_SECRET;
  const token = (c.req.query("token") ?? "").trim();
  if (!secret) return { kind: "unavailable" };
  const threadId = token.length <= 64 ? await verifyThreadToken("unsubscribe", token, secret) : null;
  return threadId ? { token: token.toLowerCase(), threadId } : { kind: "invalid" };
}

/**
 * RFC 8058 one-click unsubscribe, public (no cookies, no auth: the signed
 * token is the authorization):
 * - `GET /unsubscribe?token=…` shows a confirmation page with a POST button
 *   and never writes anything (link scanners GET);
 * - `POST /unsubscribe?token=…` (mail clients send the form body
 *   `List-Unsubscribe=One-Click`) verifies the HMAC and records the opt-out
 *   at once: do-not-contact row, `unsubscribed` event (once per token),
 *   contact status and every unfinished thread of the contact stopped.
 * A forged or altered token is a 400 and writes nothing. The body is not
 * required (a client that drops it still means it); whether it was the
 * RFC 8058 one is kept in the event's data.
 *
 * @example
 * app.route("/", unsubscribeRoutes());
 */
export function unsubscribeRoutes(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  return new Hono<{ Bindings: WorkerBindings }>()
    .get("/unsubscribe", async (c) => {
      const found = await threadOf(c);
      return page(c, "kind" in found ? found : { kind: "confirm", token: found.token });
    })
    .post("/unsubscribe", async (c) => {
      const found = await threadOf(c);
      if ("kind" in found) return page(c, found);
      const thread = await threadContact(c.env.DB, found.threadId);
      if (!thread) return page(c, { kind: "gone" });
      const body = await c.req.text().catch(() => "");
      const oneClick = /(^|&|\r\n\r\n)List-Unsubscribe=One-Click(\r\n|&|$)/.test(body) || /name="List-Unsubscribe"\r\n\r\nOne-Click/.test(body);
      const recorded = await optOut(c.env.DB, thread, { eventId: `unsubscribe:${found.token}`, source: "one_click", now: now(), data: { one_click_body: oneClick } });
      log("info", "unsubscribed", { thread_id: thread.thread_id, outcome: recorded ? "recorded" : "repeat", one_click_body: oneClick });
      return page(c, { kind: "done" });
    });
}
