// Test entry of the `telemetry` project: the real dispatcher and the real
// capability-Worker entries in one isolate. Requests from tests go to the
// dispatcher; the dispatcher's service bindings are loopbacks (ctx.exports)
// back into this entry, which passes them to the worker that owns the
// assistant — a real service-binding hop, instrumented like production.
import { registry, type WorkerName } from "../../shared/src/registry/index.ts";
import { exports } from "cloudflare:workers";
import dispatcher from "../../dispatcher/src/index.ts";

/** Token the tests send; its sha256 is the dispatcher's secret below. */
export const TEST_TOKEN = "telemetry-test-token";
const TEST_TOKEN_SHA256 = "6747d62d1214c894a0782b119f7ce5b13c5c33aee0a29ab400cdf41e6e062dc6";

type Entry = () => Promise<ExportedHandler<any>>;
// The production entries, each wrapped in withTelemetry by itself; imported
// on first use, so a worker that fails to load fails only its own requests.
export const WORKERS: Record<WorkerName, Entry> = {
  classify: async () => (await import("../../workers/classify/src/index.ts")).default,
  discovery: async () => (await import("../../workers/discovery/src/index.ts")).default,
  enrichment: async () => (await import("../../workers/enrichment/src/index.ts")).default,
  email: async () => (await import("../../workers/email/src/index.ts")).default as ExportedHandler<any>,
};

/** The worker a binding request is for: by the run's assistant, else email (thread and campaign reads). */
async function workerOf(request: Request): Promise<WorkerName> {
  if (request.method !== "POST") return "email";
  const body = (await request.clone().json().catch(() => ({}))) as { assistant_id?: string; metadata?: { graph_id?: string } };
  const id = body.assistant_id ?? body.metadata?.graph_id;
  return registry.graphs.find((g) => g.assistantId === id)?.worker ?? "email";
}

export default {
  async fetch(request: Request, env: Record<string, unknown>, ctx: ExecutionContext) {
    if (new URL(request.url).host === "worker.internal") {
      const worker = await WORKERS[await workerOf(request)]();
      return worker.fetch!(request as never, env, ctx);
    }
    const loopback = (exports as unknown as { default: Fetcher }).default;
    // Test-only: a request may override dispatcher vars (sampling, routes).
    const overrides = JSON.parse(request.headers.get("x-test-env") ?? "{}") as Record<string, string>;
    const dispatcherEnv = {
      ...env,
      ...overrides,
      LANGGRAPH_DISPATCHER_SECRET_SHA256: env.TEST_TOKEN_SHA256 ?? TEST_TOKEN_SHA256,
      EMAIL: loopback,
      ENRICHMENT: loopback,
      CLASSIFY: loopback,
      DISCOVERY: loopback,
    };
    return dispatcher.fetch!(request as never, dispatcherEnv as never, ctx);
  },
} satisfies ExportedHandler<Record<string, unknown>>;
