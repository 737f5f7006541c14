/** Telemetry settings `pnpm dev` passes from the shell to every Worker of the local fleet. */
export const TELEMETRY_VARS = [
  "OTEL_EXPORTER_OTLP_ENDPOINT",
  "OTEL_EXPORTER_OTLP_HEADERS",
  "OTEL_SDK_DISABLED",
  "TRACE_SAMPLE_RATE",
  "TRACE_SLOW_MS",
  "LANGSMITH_TRACING",
  "LANGSMITH_API_KEY",
  "LANGSMITH_ENDPOINT",
  "LANGSMITH_PROJECT",
  "LANGSMITH_RUN_URL_TEMPLATE",
  "LANGSMITH_HIDE_INPUTS",
  "LANGSMITH_HIDE_OUTPUTS",
] as const;

/**
 * The telemetry vars set in `env`, or `undefined` when none is (the fleet then
 * runs with telemetry off, exactly as without this passthrough).
 *
 * @example
 * telemetryVarsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", HOME: "/root" })
 * // { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }
 */
export function telemetryVarsFrom(env: Readonly<Record<string, string | undefined>>): Record<string, string> | undefined {
  const picked = Object.fromEntries(TELEMETRY_VARS.flatMap((name) => (env[name] ? [[name, env[name]!]] : [])));
  return Object.keys(picked).length > 0 ? picked : undefined;
}
