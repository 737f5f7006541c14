import type { LangSmithScope } from "./request-scope.ts";

/**
 * The run link for the `x-langsmith-run-url` header, when a template is configured.
 *
 * @example
 * runUrlOf("https://smith.example/r/{run_id}?trace={trace_id}", "r1", "t1") // "https://smith.example/r/r1?trace=t1"
 */
export function runUrlOf(template: string | undefined, runId: string, traceId: string): string | undefined {
  return template?.replaceAll("{run_id}", encodeURIComponent(runId)).replaceAll("{trace_id}", encodeURIComponent(traceId));
}

/**
 * The LangSmith trace id the graph's runs belong to: the caller's, or the run's own.
 *
 * @example
 * langSmithTraceIdOf(scope.langsmith, runId)
 */
export const langSmithTraceIdOf = (ls: LangSmithScope, runId: string): string => (ls.parent as { trace_id?: string } | undefined)?.trace_id ?? runId;
