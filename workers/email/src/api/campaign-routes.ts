import { Hono } from "hono";
import { ApiError, parseOr422, readJsonBody } from "@agentic-sales/shared/http";
import type { WorkerBindings } from "@agentic-sales/shared/runtime";
import type { EmailEnv } from "../env.ts";
import { CreateCampaignBody, EnrollBody, LifecycleBody, ThreadListQuery } from "./api-schemas.ts";
import { campaignOr404 } from "./campaign-reads.ts";
import { createCampaign } from "./create-campaign.ts";
import { enroll } from "./enroll.ts";
import { executionCtxOf, type AppFetch } from "./internal-run.ts";
import { setCampaignStatus, type LifecycleAction } from "./lifecycle.ts";
import { LIST_THREADS } from "./sql.ts";
import { threadHistory } from "./thread-history.ts";

export interface CampaignRoutesOptions {
  /** The worker app's own fetch, resolved at request time (the app is built after its routes). */
  appFetch: () => AppFetch;
}

/**
 * The campaign API, mounted as `routes` of the email worker app (behind its
 * auth); the dispatcher forwards `/campaigns*` here. Clocks: the wall clock
 * at this edge, unless the body passes `now` (simulations, tests).
 *
 * @example
 * const app = createWorkerApp({ worker: "email", loaders, services, routes: campaignRoutes({ appFetch: () => app.fetch }) });
 */
export function campaignRoutes(options: CampaignRoutesOptions) {
  const app = new Hono<{ Bindings: WorkerBindings }>()
    .post("/campaigns", async (c) => {
      const body = parseOr422(CreateCampaignBody, await readJsonBody(c), "body", "invalid_input", 422);
      return c.json(await createCampaign(c.env.DB, body, new Date()), 201);
    })
    .get("/campaigns/:id", async (c) => c.json(await campaignOr404(c.env.DB, c.req.param("id"))))
    .post("/campaigns/:id/contacts", async (c) => {
      const body = parseOr422(EnrollBody, await readJsonBody(c), "body", "invalid_input", 422);
      const io = { db: c.env.DB, fetch: options.appFetch(), env: c.env as EmailEnv, ctx: executionCtxOf(c) };
      return c.json(await enroll(io, c.req.param("id"), body, body.now ?? Date.now()));
    })
    .get("/campaigns/:id/threads", async (c) => {
      const query = parseOr422(ThreadListQuery, c.req.query(), "query", "invalid_query");
      const campaignId = c.req.param("id");
      await campaignOr404(c.env.DB, campaignId);
      const { results } = await c.env.DB.prepare(LIST_THREADS).bind(campaignId, query.status ?? null, query.limit, query.offset).all();
      return c.json({ campaign_id: campaignId, threads: results, limit: query.limit, offset: query.offset });
    })
    .get("/campaigns/:id/threads/:thread_id", async (c) => {
      const threadId = c.req.param("thread_id").toLowerCase();
      if (threadId.length > 64) throw new ApiError(400, "invalid_thread_id", "Thread ids are UUIDs.");
      return c.json(await threadHistory(c.env.DB, c.req.param("id"), threadId));
    });
  for (const action of ["pause", "resume", "stop"] as const satisfies readonly LifecycleAction[]) {
    app.post(`/campaigns/:id/${action}`, async (c) => {
      const body = parseOr422(LifecycleBody, await readJsonBody(c), "body");
      return c.json(await setCampaignStatus(c.env.DB, c.req.param("id"), action, body.now ?? Date.now()));
    });
  }
  return app;
}
