import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { MemoryReflectInput, MemoryReflectOutput } from "../../workers/email/src/graphs/memory-reflect/reflect-schemas.ts";

/** The facts a reflect of the example should distil, in order. */
export interface ReflectReference {
  readonly facts: readonly { readonly kind: "role_change" | "timing" | "interest"; readonly fact: string }[];
}

export type ReflectEvaluator = Evaluator<MemoryReflectOutput, MemoryReflectInput, ReflectReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });
const flat = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Exactly the reference's facts (kind and text), in order.
 *
 * @example
 * factsMatch({ output: { facts: [] } }, roleChangeExample).score; // 0
 */
export const factsMatch: ReflectEvaluator = ({ output }, { reference }) => {
  const got = output.facts.map((f) => `${f.kind}: ${f.fact}`);
  const expected = reference.facts.map((f) => `${f.kind}: ${f.fact}`);
  const ok = JSON.stringify(got) === JSON.stringify(expected);
  return result("facts_match", ok, `got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
};

/**
 * Every fact carries the trust tier of the message's side, stated here
 * independently: an outsider's mail is `inbound_unverified`, ours `sent_email`.
 *
 * @example
 * tierByDirection({ output: { facts: [{ source: "sent_email", … }] } }, inboundExample).score; // 0
 */
export const tierByDirection: ReflectEvaluator = ({ output }, { input }) => {
  const tier = input.direction === "inbound" ? "inbound_unverified" : "sent_email";
  const wrong = output.facts.filter((f) => f.source !== tier);
  return result("tier_by_direction", wrong.length === 0, wrong.length ? `${wrong.length} fact(s) not tagged ${tier}` : `all ${tier}`);
};

/**
 * Stated, not invented, and the author's own: each fact is in the body, in
 * no quoted (`>`) line, and is not a question.
 *
 * @example
 * statedByAuthor({ output: { facts: [{ fact: "Signed a $1M deal.", … }] } }, example).score; // 0
 */
export const statedByAuthor: ReflectEvaluator = ({ output }, { input }) => {
  const body = flat(input.body);
  const quoted = input.body.split("\n").filter((l) => /^\s*>/.test(l)).map(flat).join("\n");
  const bad = output.facts.filter((f) => !body.includes(flat(f.fact)) || quoted.includes(flat(f.fact)) || f.fact.trim().endsWith("?"));
  return result("stated_by_author", bad.length === 0, bad.length ? `not stated by the author: ${JSON.stringify(bad[0]?.fact)}` : "all stated");
};

/**
 * Stored once: status written, one row per fact, no skip.
 *
 * @example
 * storedOnce({ output: { status: "skipped", … } }, example).score; // 0
 */
export const storedOnce: ReflectEvaluator = ({ output }) => {
  const ok = output.status === "written" && output.written === output.facts.length && output.skip_reason === null;
  return result("stored_once", ok, `${output.status}, written ${output.written} of ${output.facts.length}, skip ${output.skip_reason}`);
};

/**
 * Which prompt and provider distilled it, and no fallback.
 *
 * @example
 * provenance({ output: { provider: "rules", … } }, example).score; // 0
 */
export const provenance: ReflectEvaluator = ({ output }) => {
  const ok = output.prompt_version === "reflect-v1" && output.provider === "offline" && output.fallback_reason === null;
  return result("provenance", ok, `${output.prompt_version} via ${output.provider}${output.fallback_reason ? ` (${output.fallback_reason})` : ""}`);
};

/** Every deterministic evaluator for memory_reflect, in report order. */
export const evaluators: readonly ReflectEvaluator[] = [factsMatch, tierByDirection, statedByAuthor, storedOnce, provenance];
