import { z } from "zod";

/**
 * The run-create body the runtime reads (LangGraph `RunCreateStateless` /
 * `RunCreateStateful`). Keys the SDK may send that we do not act on
 * (`durability`, `on_disconnect`, `langsmith_tracer`, …) are accepted and ignored.
 */
export const RunRequest = z.object({
  assistant_id: z.string({ error: 'Missing "assistant_id": name the graph to run (e.g. "country_classify").' }).min(1),
  input: z.unknown().optional(),
  command: z
    .object({
      resume: z.unknown().optional(),
      update: z.unknown().optional(),
      goto: z.unknown().optional(),
    })
    .nullish(),
  config: z
    .object({
      tags: z.array(z.string()).optional(),
      recursion_limit: z.number().int().positive().max(1000).optional(),
      configurable: z.record(z.string(), z.unknown()).optional(),
    })
    .nullish(),
  context: z.record(z.string(), z.unknown()).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  if_not_exists: z.enum(["create", "reject"]).optional(),
  on_completion: z.enum(["delete", "keep"]).optional(),
  multitask_strategy: z.enum(["reject", "rollback", "interrupt", "enqueue"]).optional(),
});
export type RunRequest = z.infer<typeof RunRequest>;

/** Body of `POST /threads` (LangGraph `ThreadCreate`). */
export const ThreadCreateRequest = z.object({
  thread_id: z.uuid({ error: '"thread_id" must be a UUID.' }).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  if_exists: z.enum(["raise", "do_nothing"]).optional(),
});
