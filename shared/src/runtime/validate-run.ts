import { z } from "zod";
import { ApiError } from "../http/api-error.ts";
import { parseOr422 } from "../http/parse-or-422.ts";
import { TIMEOUT_BUDGET_MS } from "../registry/graph-spec.ts";
import type { LoadedGraph } from "./graph-table.ts";
import type { RunRequest } from "./run-request.ts";

/**
 * Checks a run's input against the graph's input contract before anything
 * runs or is written: 422 with the field errors. A `command` (resume) carries
 * no input; the graph validates its resume value itself.
 */
export function validateRunInput(graph: LoadedGraph, request: RunRequest): RunRequest {
  if (request.command) return request;
  if (request.input === undefined || request.input === null) {
    throw new ApiError(422, "invalid_input", `Missing "input" for "${graph.spec.assistantId}" (contract v${graph.contract.version}).`);
  }
  const input = parseOr422(graph.contract.input, request.input, "input", "invalid_input", 422);
  return { ...request, input };
}

const ThreadId = z.uuid();

/** Thread ids are UUIDs, as on LangGraph servers: 400 otherwise. */
export function threadIdOr400(raw: string): string {
  if (!ThreadId.safeParse(raw).success) {
    throw new ApiError(400, "invalid_thread_id", `Thread id "${raw.slice(0, 80)}" is not a UUID; thread ids must be UUIDs.`);
  }
  return raw.toLowerCase();
}

/** The run's own deadline, so a runaway graph stops and frees its thread. */
export const runSignal = (graph: LoadedGraph): AbortSignal => AbortSignal.timeout(TIMEOUT_BUDGET_MS[graph.spec.timeoutClass]);
