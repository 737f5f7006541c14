import { trace } from "@opentelemetry/api";
import type { MiddlewareHandler } from "hono";
import { traceIdOf } from "../http/trace-headers.ts";
import { langSmithTraceIdOf, runUrlOf } from "./langsmith-links.ts";
import { buildLinkHeaders } from "./link-headers.ts";
import { log } from "./log.ts";
import { currentScope, runInScope, type LangSmithScope, type RequestScope } from "./request-scope.ts";
import { DEFAULT_SLOW_MS } from "./telemetry-config.ts";

export interface TelemetryMiddlewareOptions {
  /**
   * Builds the request's LangSmith scope (workers pass `langSmithScopeOf`,
   * which continues the caller's run tree). Injected rather than imported so
   * the dispatcher, which runs no graph, bundles no LangSmith SDK.
   */
  readonly langsmith?: (env: object, headers: Headers) => LangSmithScope | undefined;
}

const randomTraceId = () => crypto.randomUUID().replaceAll("-", "");

const activeTraceId = (): string | undefined => {
  const id = trace.getActiveSpan()?.spanContext().traceId;
  return id && !/^0+$/.test(id) ? id : undefined;
};

const waitUntilOf = (c: { executionCtx: { waitUntil(promise: Promise<unknown>): void } }) => {
  try {
    const ctx = c.executionCtx;
    return (p: Promise<unknown>) => ctx.waitUntil(p);
  } catch {
    return (p: Promise<unknown>) => void p.catch(() => undefined);
  }
};

/**
 * Per-request telemetry for a Hono app: the request scope (trace id for every
 * log line), LangSmith's client and the caller's run tree when enabled (flushed
 * with `ctx.waitUntil`), and the link headers on the way out. With telemetry
 * off it adds no header, so the response is byte-identical to the app without it.
 * A header the sub-worker already set (the dispatcher relays them) is kept.
 *
 * @example
 * app.use(telemetry({ langsmith: langSmithScopeOf }));
 */
export function telemetry(options: TelemetryMiddlewareOptions = {}): MiddlewareHandler {
  return async function telemetry(c, next) {
    const scope: RequestScope = currentScope() ?? { exporter: null, sampler: { probability: 1, slowMs: DEFAULT_SLOW_MS } };
    const spanTraceId = activeTraceId();
    scope.traceId = spanTraceId ?? traceIdOf(c.req.raw.headers) ?? randomTraceId();
    // Only runs (POSTs) can produce LangSmith runs; reads and probes build no client.
    if (options.langsmith && c.req.method === "POST") scope.langsmith = options.langsmith((c.env ?? {}) as object, c.req.raw.headers);
    await runInScope(scope, next);
    const ls = scope.langsmith;
    if (ls) {
      waitUntilOf(c)(ls.client.awaitPendingTraceBatches().catch((e: unknown) => log("warn", "langsmith_flush_failed", { error: (e as Error)?.name ?? "Error" })));
    }
    const runId = ls ? scope.langsmithRunId : undefined;
    const headers = buildLinkHeaders({
      ...(scope.exporter && spanTraceId ? { traceId: spanTraceId } : {}),
      ...(runId ? { langsmithRunId: runId, langsmithRunUrl: runUrlOf(ls!.runUrlTemplate, runId, langSmithTraceIdOf(ls!, runId)) } : {}),
    });
    for (const [name, value] of Object.entries(headers)) if (!c.res.headers.has(name)) c.header(name, value);
  };
}
