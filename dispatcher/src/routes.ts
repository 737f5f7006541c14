import {
  ApiError,
  assistantRoutes,
  bearerGuard,
  errorResponse,
  jsonErrorHandler,
  MAX_BODY_BYTES,
  readJsonBody,
} from "@agentic-sales/shared/http";
import { costRoutes } from "@agentic-sales/shared/gateway";
import { findSpec, registry, routePrefixOf, TIMEOUT_BUDGET_MS, type GraphSpec } from "@agentic-sales/shared/registry";
import { ATTR, log, stampActiveSpan, telemetry, telemetryFlags } from "@agentic-sales/shared/telemetry";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { forward } from "./forward.ts";
import { parseRoutes, RouteConfigError } from "./route-config.ts";
import { routeFor, routeLabel, type RouteOverride } from "./route-for.ts";
import { threadOwner } from "./thread-owner.ts";

type Env = { Bindings: DispatcherEnv };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const threadIdOr400 = (raw: string) => {
  if (!UUID.test(raw)) throw new ApiError(400, "invalid_thread_id", `Thread id "${raw.slice(0, 80)}" is not a UUID; thread ids must be UUIDs.`);
  return raw.toLowerCase();
};

const specOr404 = (assistantId: unknown): GraphSpec => {
  if (typeof assistantId !== "string" || assistantId === "") {
    throw new ApiError(400, "invalid_body", 'Missing "assistant_id": name the graph to run (e.g. "country_classify").');
  }
  const spec = findSpec(registry.graphs, assistantId);
  if (!spec) throw new ApiError(404, "assistant_not_found", `No assistant "${assistantId}". POST /assistants/search lists the assistants.`);
  return spec;
};

/**
 * The downstream budget of the spec's timeout class, optionally capped by the
 * operator (`DOWNSTREAM_TIMEOUT_CAP_MS`) for a tighter SLA than the class gives.
 */
export function timeoutFor(spec: GraphSpec, cap: string | undefined): number {
  const budget = TIMEOUT_BUDGET_MS[spec.timeoutClass];
  const capMs = Number(cap);
  return cap && Number.isFinite(capMs) && capMs > 0 ? Math.min(budget, capMs) : budget;
}

// Env is fixed for an isolate's life (a var change deploys a new version), so
// parse the route overrides once per env object, not per request.
const parsedRoutes = new WeakMap<object, RouteOverride[]>();
function routesOf(env: DispatcherEnv): RouteOverride[] {
  let routes = parsedRoutes.get(env);
  if (!routes) {
    try {
      routes = parseRoutes(env as unknown as Record<string, unknown>, registry);
    } catch (e) {
      if (e instanceof RouteConfigError) throw new ApiError(503, "route_misconfigured", e.message);
      throw e;
    }
    parsedRoutes.set(env, routes);
  }
  return routes;
}

/** Routes one call for `spec` and relays the sub-worker's answer. */
async function dispatch(c: Context<Env>, spec: GraphSpec, path: string, splitKey: string, body?: string): Promise<Response> {
  const started = Date.now();
  const routes = routesOf(c.env);
  const prefix = routePrefixOf(spec.worker);
  const decision = routeFor(spec.assistantId, routes, { prefix, binding: prefix }, splitKey);
  const label = routeLabel(decision);
  stampActiveSpan({ [ATTR.assistantId]: spec.assistantId, [ATTR.route]: label });
  let status = 0;
  try {
    const response = await forward({
      decision,
      path,
      method: body === undefined ? "GET" : "POST",
      ...(body !== undefined ? { body } : {}),
      inbound: c.req.raw.headers,
      timeoutMs: timeoutFor(spec, c.env.DOWNSTREAM_TIMEOUT_CAP_MS),
      env: c.env as unknown as Record<string, unknown>,
    });
    status = response.status;
    response.headers.set("x-route", label);
    return response;
  } catch (e) {
    status = (e as ApiError).status ?? 500;
    throw e;
  } finally {
    c.header("x-route", label);
    log("info", "dispatch", { method: c.req.method, path: c.req.path, assistant_id: spec.assistantId, route: label, status, ms: Date.now() - started });
  }
}

const pathWithQuery = (c: Context) => {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
};

/** The dispatcher app: auth, then per-assistant routing to capability Workers. */
export function createDispatcherApp() {
  const app = new Hono<Env>();
  // First, so every response (errors included) gets the scope and, with OTel on, x-trace-id.
  app.use(telemetry());
  app.onError(jsonErrorHandler);
  app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", `No route ${c.req.method} ${c.req.path}.`)));

  // Liveness for load balancers: no token, nothing sensitive.
  app.get("/ok", (c) => c.json({ ok: true }));
  app.get("/health", (c) => c.json({ status: "ok", graphs: registry.graphs.length, telemetry: telemetryFlags(c.env ?? {}) }));

  // RFC 8058 one-click unsubscribe: mail clients POST it with no cookies or
  // auth, so it sits before the guard; the signed token in the query is the
  // credential. Always the stable email worker, never a canary.
  app.on(["GET", "POST"], "/unsubscribe", async (c) =>
    c.env.EMAIL.fetch(
      new Request(`https://email.internal/unsubscribe${new URL(c.req.url).search}`, {
        method: c.req.method,
        headers: { "content-type": c.req.header("content-type") ?? "application/x-www-form-urlencoded" },
        ...(c.req.method === "POST" ? { body: await c.req.arrayBuffer() } : {}),
      }),
    ),
  );

  app.use(bearerGuard({ secretVar: "LANGGRAPH_DISPATCHER_SECRET_SHA256", required: true }));
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => errorResponse(c, new ApiError(413, "payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`)) }));

  app.get("/info", (c) =>
    c.json({ version: "1", context: "js", service: "agentic-sales-dispatcher", flags: { assistants: true, crons: false }, telemetry: telemetryFlags(c.env ?? {}) }),
  );
  app.route("/", assistantRoutes(registry.graphs, specOr404));
  app.route("/", costRoutes());

  app.post("/runs/wait", async (c) => {
    const body = await readJsonBody(c);
    const spec = specOr404(body.assistant_id);
    const splitKey = c.req.header("x-request-id") ?? crypto.randomUUID();
    return dispatch(c, spec, "/runs/wait", splitKey, await c.req.text());
  });

  app.post("/threads", async (c) => {
    const body = await readJsonBody(c);
    const graphId = (body.metadata as Record<string, unknown> | undefined)?.graph_id;
    if (typeof graphId !== "string" || graphId === "") {
      throw new ApiError(422, "thread_owner_required", 'Set "metadata.graph_id" (client.threads.create({ graphId })) so the dispatcher knows which worker owns the thread.');
    }
    const spec = specOr404(graphId);
    const threadId = typeof body.thread_id === "string" ? threadIdOr400(body.thread_id) : crypto.randomUUID();
    // Pin the id here so the canary split of the creation matches its later runs.
    return dispatch(c, spec, "/threads", threadId, JSON.stringify({ ...body, thread_id: threadId }));
  });

  app.post("/threads/:thread_id/runs/wait", async (c) => {
    const threadId = threadIdOr400(c.req.param("thread_id"));
    const body = await readJsonBody(c);
    return dispatch(c, specOr404(body.assistant_id), `/threads/${threadId}/runs/wait`, threadId, await c.req.text());
  });

  const threadRead = async (c: Context<Env>) => {
    const threadId = threadIdOr400(c.req.param("thread_id")!);
    const spec = specOr404(await threadOwner(c.env.DB, threadId));
    return dispatch(c, spec, pathWithQuery(c), threadId);
  };
  app.get("/threads/:thread_id", threadRead);
  app.get("/threads/:thread_id/state", threadRead);

  // The campaign API lives in the email worker beside the campaign graph; it
  // follows the `campaign` assistant's route, so canarying that assistant
  // canaries its API too (split by campaign id).
  // Provider webhooks and calendar bookings (normalized JSON), idempotent on event_id in the email worker.
  app.post("/outcomes", async (c) => dispatch(c, specOr404("campaign"), "/outcomes", crypto.randomUUID(), JSON.stringify(await readJsonBody(c))));

  app.on(["GET", "POST"], ["/campaigns", "/campaigns/*"], async (c) => {
    const spec = specOr404("campaign");
    const splitKey = c.req.path.split("/")[2] ?? crypto.randomUUID();
    const body = c.req.method === "POST" ? JSON.stringify(await readJsonBody(c)) : undefined;
    return dispatch(c, spec, pathWithQuery(c), splitKey, body);
  });

  return app;
}
