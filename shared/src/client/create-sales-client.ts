import { Client } from "@langchain/langgraph-sdk";
import { trace } from "@opentelemetry/api";
import { registry } from "../registry/graphs.ts";
import { TIMEOUT_BUDGET_MS } from "../registry/graph-spec.ts";
import { recordPeerIds } from "../telemetry/link-headers.ts";
import type { AssistantId, GraphInput, GraphOutput } from "./graph-io.ts";
import { traceCarrier } from "./trace-carrier.ts";

export interface SalesClientOptions {
  /** The dispatcher, e.g. `http://127.0.0.1:8787`. */
  apiUrl: string;
  /** The bearer token whose SHA-256 the dispatcher holds. */
  token: string;
  /** Override fetch (tests, a service binding's fetch inside a Worker). */
  fetch?: typeof fetch;
  /** Runs in flight at once per SDK sub-client (SDK default 4). */
  maxConcurrency?: number;
}

/** Per-graph budget, from the registry's timeout classes: one auditable table. */
export const timeoutFor = (assistantId: string): number => {
  const spec = registry.specFor(assistantId);
  if (!spec) throw new Error(`Unknown assistant "${assistantId}"; the registry has ${registry.graphs.map((g) => g.assistantId).join(", ")}.`);
  return TIMEOUT_BUDGET_MS[spec.timeoutClass];
};

/**
 * The web app's typed client over the official LangGraph SDK `Client`: one
 * typed call per graph, each with its timeout budget; W3C and LangSmith trace
 * context injected per request; the worker's trace and run ids recorded on
 * the caller's active span; never retries a POST (a retried run would re-run
 * the graph).
 *
 * @example
 * const sales = createSalesClient({ apiUrl: "http://127.0.0.1:8787", token: "dev-local-token" });
 * const { country } = await sales.run("country_classify", { location: "Wien, Österreich" });
 * sales.background("memory_reflect", { … }); // fire-and-forget
 */
export function createSalesClient(options: SalesClientOptions) {
  const baseFetch = options.fetch ?? fetch;
  const client = new Client({
    apiUrl: options.apiUrl,
    // Without this the SDK sends any LANGSMITH_API_KEY in the environment to our server.
    apiKey: null,
    defaultHeaders: { Authorization: `Bearer ${options.token}` },
    callerOptions: {
      maxRetries: 0,
      maxConcurrency: options.maxConcurrency ?? 8,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await baseFetch(input, init);
        recordPeerIds(trace.getActiveSpan(), response.headers);
        return response;
      },
    },
    // Built at fetch time inside this call's active context, so a shared
    // client still sends each request's own trace headers.
    onRequest: (_url, init) => {
      const carrier = traceCarrier();
      if (Object.keys(carrier).length === 0) return init;
      const headers = new Headers(init.headers);
      for (const [k, v] of Object.entries(carrier)) headers.set(k, v);
      return { ...init, headers };
    },
  });

  /** Runs a stateless graph and returns its typed output; run errors throw. */
  async function run<A extends AssistantId>(assistantId: A, input: GraphInput<A>): Promise<GraphOutput<A>> {
    const signal = AbortSignal.timeout(timeoutFor(assistantId));
    return (await client.runs.wait(null, assistantId, { input, signal })) as GraphOutput<A>;
  }

  /**
   * Fire-and-forget for background graphs: never throws into the caller and
   * never waits; a failure is reported to `onError` (default: a log line).
   */
  function background<A extends AssistantId>(assistantId: A, input: GraphInput<A>, onError: (e: unknown) => void = logBackgroundFailure(assistantId)): void {
    void run(assistantId, input).catch(onError);
  }

  /** Starts a resumable graph on a new thread owned by that assistant. */
  async function start<A extends AssistantId>(assistantId: A, input: GraphInput<A>) {
    const thread = await client.threads.create({ graphId: assistantId });
    const signal = AbortSignal.timeout(timeoutFor(assistantId));
    const state = (await client.runs.wait(thread.thread_id, assistantId, { input, signal })) as Record<string, unknown>;
    return { threadId: thread.thread_id, state };
  }

  /** Resumes a thread paused in `interrupt()` with the human's (or cron's) answer. */
  async function resume<A extends AssistantId>(threadId: string, assistantId: A, value: unknown) {
    const signal = AbortSignal.timeout(timeoutFor(assistantId));
    return (await client.runs.wait(threadId, assistantId, { command: { resume: value }, signal })) as Record<string, unknown>;
  }

  return { run, background, start, resume, sdk: client };
}
export type SalesClient = ReturnType<typeof createSalesClient>;

const logBackgroundFailure = (assistantId: string) => (e: unknown) =>
  console.warn(JSON.stringify({ level: "warn", msg: "background_run_failed", assistant_id: assistantId, error: (e as Error)?.message ?? String(e) }));
