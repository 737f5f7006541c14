import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { AsyncLocalStorage } from "node:async_hooks";
import type { TailSamplerConfig } from "./tail-decision.ts";

/** LangSmith state of one request (workers only). */
export interface LangSmithScope {
  /** The per-request client (`langsmith` `Client`), typed loosely so importing this file loads no SDK. */
  readonly client: { awaitPendingTraceBatches(): Promise<void> };
  /** The caller's run, rebuilt from `langsmith-trace` + `baggage`; never ended or posted here. */
  readonly parent?: unknown;
  readonly project?: string;
  readonly runUrlTemplate?: string;
}

/**
 * What one request's telemetry knows, carried in AsyncLocalStorage from the
 * handler wrapper down to graph nodes and the model hub, so nothing has to be
 * threaded through function signatures.
 */
export interface RequestScope {
  /** Exporter of this request's spans; `null` = OTel off (spans are not even buffered). */
  exporter: SpanExporter | null;
  sampler: TailSamplerConfig;
  /** Trace id for log lines: the active span's, else the caller's, else minted. */
  traceId?: string;
  langsmith?: LangSmithScope;
  /** Set by the runtime when a graph ran under LangSmith: the link headers echo it. */
  langsmithRunId?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `fn` with `scope` as the current request scope.
 *
 * @example
 * runInScope({ exporter: null, sampler }, () => handler.fetch(req, env, ctx))
 */
export const runInScope = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);

/**
 * The current request's scope, if any (none in unit tests that call code directly).
 *
 * @example
 * if (currentScope()?.exporter) startNodeSpans();
 */
export const currentScope = (): RequestScope | undefined => storage.getStore();
