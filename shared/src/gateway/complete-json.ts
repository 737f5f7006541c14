import type { z } from "zod";
import type { CallRecord, ChatMessage, ModelCall } from "./types.ts";

/** Messages of the single repair call, given the invalid reply and what is wrong with it. */
export type RepairPrompt = (invalid: string, problem: string, call: ModelCall) => readonly ChatMessage[];

/**
 * The default repair: the original conversation, the invalid reply as the
 * assistant's turn, then a system instruction (instructions only ever go in
 * `system`) to answer again with corrected JSON only.
 *
 * @example
 * defaultRepair('{"country": 1}', "country: expected string", call).at(-1)?.role; // "system"
 */
export const defaultRepair: RepairPrompt = (invalid, problem, call) => [
  ...call.messages,
  { role: "assistant", content: invalid },
  {
    role: "system",
    content: `Your previous reply is invalid: ${problem}. Reply again with only the corrected JSON object that satisfies the required schema: no prose, no code fences.`,
  },
];

/** The outcome of `completeJson`: a validated value, or `null` with the reason. */
export interface JsonResult<T> {
  readonly value: T | null;
  readonly reason: string | null;
  /** Whether the value came from the repair call. */
  readonly repaired: boolean;
  /** One record per call made (1, or 2 with the repair). */
  readonly records: readonly CallRecord[];
}

/**
 * Parses `content` as strict JSON (no fences, no prose around it) and validates
 * it with `schema`. The problem text never quotes the content: it is fed back
 * to the model, and model output must not become instructions.
 *
 * @example
 * parseJsonAs(z.object({ n: z.number() }), '{"n": 1}'); // { ok: true, value: { n: 1 } }
 */
export function parseJsonAs<S extends z.ZodType>(schema: S, content: string): { ok: true; value: z.infer<S> } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: "it is not a single valid JSON value (JSON.parse failed)" };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  return { ok: false, problem: `it does not match the schema (${issues.join("; ")})` };
}
