import type { TailSamplerConfig } from "./tail-decision.ts";

/** The env vars telemetry reads; every one is optional. */
export interface TelemetryEnv {
  /** OTLP/HTTP base URL, e.g. `http://127.0.0.1:4318`; spans go to `<base>/v1/traces`. Unset = OTel off. */
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  /** `key=value,key2=value2` headers for the exporter (a secret when it holds a token). */
  OTEL_EXPORTER_OTLP_HEADERS?: string;
  /** "true" skips `instrument()` entirely (no spans, no propagation): the benchmark's baseline. */
  OTEL_SDK_DISABLED?: string;
  /** Keep-probability of routine traces, 0..1 (default 1). */
  TRACE_SAMPLE_RATE?: string;
  /** Traces at least this long are always kept (default 2000). */
  TRACE_SLOW_MS?: string;
  /** "true" enables LangSmith; nothing else does. */
  LANGSMITH_TRACING?: string;
  LANGSMITH_API_KEY?: string;
  LANGSMITH_ENDPOINT?: string;
  LANGSMITH_PROJECT?: string;
  /** Run link template with `{run_id}` and `{trace_id}`, e.g. `https://smith.langchain.com/o/<org>/projects/p/<project>/r/{run_id}?trace_id={trace_id}`. */
  LANGSMITH_RUN_URL_TEMPLATE?: string;
  /** "true" keeps graph inputs / outputs out of LangSmith (its client's hideInputs / hideOutputs). */
  LANGSMITH_HIDE_INPUTS?: string;
  LANGSMITH_HIDE_OUTPUTS?: string;
}

export interface OtelConfig {
  readonly tracesUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly sampler: TailSamplerConfig;
}

export interface LangSmithConfig {
  readonly apiKey?: string;
  readonly apiUrl?: string;
  readonly project?: string;
  readonly runUrlTemplate?: string;
  readonly hideInputs: boolean;
  readonly hideOutputs: boolean;
}

export interface TelemetryConfig {
  /** `null` when no exporter endpoint is configured: OTel is a no-op. */
  readonly otel: OtelConfig | null;
  /** `null` unless `LANGSMITH_TRACING=true`. */
  readonly langsmith: LangSmithConfig | null;
}

export const DEFAULT_SLOW_MS = 2000;

const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const num = (v: unknown, fallback: number) => {
  const n = Number(str(v) ?? Number.NaN);
  return Number.isFinite(n) ? n : fallback;
};

/** OTel's `OTEL_EXPORTER_OTLP_HEADERS` format: comma-separated, URL-encoded `key=value`. */
export function parseOtlpHeaders(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (raw ?? "").split(",")) {
    const eq = pair.indexOf("=");
    if (eq > 0) out[decodeURIComponent(pair.slice(0, eq).trim())] = decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return out;
}

/**
 * Telemetry settings from a Worker's `env` (never `process.env`: config is
 * per deployment and must not leak between isolates' requests). Pure.
 *
 * @example
 * telemetryConfigOf({}).otel // null — OTel off, LangSmith off
 * telemetryConfigOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }).otel?.tracesUrl
 * // "http://127.0.0.1:4318/v1/traces"
 */
export function telemetryConfigOf(env: object): TelemetryConfig {
  const e = env as TelemetryEnv;
  const endpoint = str(e.OTEL_EXPORTER_OTLP_ENDPOINT);
  const otel: OtelConfig | null = endpoint
    ? {
        tracesUrl: `${endpoint.replace(/\/+$/, "")}/v1/traces`,
        headers: parseOtlpHeaders(e.OTEL_EXPORTER_OTLP_HEADERS),
        sampler: { probability: Math.min(1, Math.max(0, num(e.TRACE_SAMPLE_RATE, 1))), slowMs: Math.max(0, num(e.TRACE_SLOW_MS, DEFAULT_SLOW_MS)) },
      }
    : null;
  const langsmith: LangSmithConfig | null =
    str(e.LANGSMITH_TRACING) === "true"
      ? {
          apiKey: str(e.LANGSMITH_API_KEY),
          apiUrl: str(e.LANGSMITH_ENDPOINT),
          project: str(e.LANGSMITH_PROJECT),
          runUrlTemplate: str(e.LANGSMITH_RUN_URL_TEMPLATE),
          hideInputs: str(e.LANGSMITH_HIDE_INPUTS) === "true",
          hideOutputs: str(e.LANGSMITH_HIDE_OUTPUTS) === "true",
        }
      : null;
  return { otel, langsmith };
}

/**
 * Which telemetry is on, as `/health` and `/info` report it: booleans only,
 * never an endpoint, project or key.
 *
 * @example
 * telemetryFlags({ LANGSMITH_TRACING: "true" }) // { otel: false, langsmith: true }
 */
export function telemetryFlags(env: object): { otel: boolean; langsmith: boolean } {
  const config = telemetryConfigOf(env);
  return { otel: config.otel !== null && (env as TelemetryEnv).OTEL_SDK_DISABLED !== "true", langsmith: config.langsmith !== null };
}
