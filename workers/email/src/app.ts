import { createWorkerApp } from "@agentic-sales/shared/runtime";
import { campaignRoutes } from "./api/campaign-routes.ts";
import type { EmailEnv } from "./env.ts";
import { GRAPH_LOADERS } from "./graphs.gen.ts";
import { emailHandler } from "./inbound/email-handler.ts";
import { inboundApp, INBOUND_PATH } from "./inbound/inbound-routes.ts";
import { outcomeRoutes } from "./outcomes/outcome-routes.ts";
import { resumeConsumer } from "./resume-consumer.ts";
import { mailboxSender } from "./senders/mailbox-sender.ts";
import { emailServices, type EmailServicesOptions } from "./services.ts";
import { unsubscribeRoutes } from "./unsubscribe/unsubscribe-routes.ts";

/**
 * The email worker's app: the LangGraph API over its graphs, the per-run
 * services, the campaign API, `POST /outcomes` and the public one-click
 * `GET|POST /unsubscribe`. Outreach leaves through `mailboxSender` (the
 * mailbox row's provider) unless the options pass another sender. Tests build
 * it with their own services options (a crashing sender, hooks).
 *
 * @example
 * const app = emailApp({ hooks: { afterNode: (node) => { if (node === "record") throw new Error("crash") } } });
 */
export function emailApp(options: EmailServicesOptions = {}) {
  const appFetch = () => app.fetch;
  const routes = campaignRoutes({ appFetch });
  routes.route("/", outcomeRoutes({ appFetch }));
  routes.route("/", unsubscribeRoutes());
  const app = createWorkerApp({
    worker: "email",
    loaders: GRAPH_LOADERS,
    services: emailServices({ sender: (env) => mailboxSender(env), ...options }),
    routes,
  });
  return app;
}

/**
 * The email worker's handlers: `fetch` (the app, and the `/inbound` relay,
 * which has its own size limit), `email` (Email Routing: replies to
 * `reply+<token>@REPLY_DOMAIN`) and `queue` (campaign resumes). All three
 * resume threads through the same app.
 *
 * @example
 * export default emailWorker() satisfies ExportedHandler<EmailEnv>;
 */
export function emailWorker(options: EmailServicesOptions = {}) {
  const app = emailApp(options);
  const inbound = inboundApp({ appFetch: () => app.fetch });
  return {
    fetch: (request: Request, env: EmailEnv, ctx: ExecutionContext) =>
      new URL(request.url).pathname === INBOUND_PATH ? inbound.fetch(request, env, ctx) : app.fetch(request, env, ctx),
    email: emailHandler(() => app.fetch),
    queue: resumeConsumer(() => app.fetch),
  } satisfies ExportedHandler<EmailEnv>;
}
