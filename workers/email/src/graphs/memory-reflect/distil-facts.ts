import { normalizeUntrusted, parseJsonAs, skipReasonOf } from "@agentic-sales/shared/gateway";
import type { HubLike } from "../email-outreach/compose-touch.ts";
import { extractFacts } from "./extract-facts.ts";
import { PROMPT_VERSION, reflectMessages } from "./reflect-prompt.ts";
import { ModelFacts, type MemoryReflectInput, type ReflectedFact } from "./reflect-schemas.ts";

const MAX_OUTPUT_TOKENS = 600;

export type DistilOutcome =
  | { readonly ok: true; readonly facts: ReflectedFact[]; readonly provider: string; readonly fallbackReason: string | null }
  | { readonly ok: false; readonly skipReason: string };

/**
 * The stored form of distilled facts: the trust tier from the message's
 * direction (inbound mail is `inbound_unverified`, ours `sent_email`; never
 * the model's say), text normalised (no invisible characters, one line), and
 * no duplicates. Pure.
 *
 * @example
 * tagFacts([{ kind: "timing", fact: "Revisit in Q3." }], "inbound"); // [{ kind: "timing", fact: "Revisit in Q3.", source: "inbound_unverified" }]
 */
export function tagFacts(facts: ModelFacts["facts"], direction: MemoryReflectInput["direction"]): ReflectedFact[] {
  const source = direction === "inbound" ? "inbound_unverified" : "sent_email";
  const seen = new Set<string>();
  const out: ReflectedFact[] = [];
  for (const f of facts) {
    const fact = normalizeUntrusted(f.fact).replace(/\s+/g, " ").trim();
    if (fact === "" || seen.has(fact.toLowerCase())) continue;
    seen.add(fact.toLowerCase());
    out.push({ kind: f.kind, fact, source });
  }
  return out;
}

/**
 * Distils the facts of one message through the model hub. The offline answer
 * is the deterministic extraction, so offline runs store real facts; an
 * unusable answer falls back to that extraction (with the reason); a gateway
 * refusal (kill switch, budget, ceiling) is a skip, so nothing is marked
 * reflected and a later retry can still distil. Other errors propagate.
 *
 * @example
 * await distilFacts(input, hub); // { ok: true, facts: [{ kind: "timing", fact: "Let's revisit in Q3.", source: "inbound_unverified" }], provider: "offline", fallbackReason: null }
 */
export async function distilFacts(input: MemoryReflectInput, hub: HubLike, runId?: string): Promise<DistilOutcome> {
  const extracted = extractFacts(input.body);
  let content: string;
  let provider: string;
  try {
    const result = await hub.complete({
      site: { graph: "memory_reflect", node: "distil", promptVersion: PROMPT_VERSION, feature: "memory", ...(runId ? { runId } : {}) },
      messages: reflectMessages(input),
      json: true,
      maxOutputTokens: MAX_OUTPUT_TOKENS,
      offline: () => JSON.stringify({ facts: extracted }),
    });
    ({ content } = result);
    provider = result.record.provider;
  } catch (e) {
    return { ok: false, skipReason: skipReasonOf(e) };
  }
  const parsed = parseJsonAs(ModelFacts, content);
  if (parsed.ok) return { ok: true, facts: tagFacts(parsed.value.facts, input.direction), provider, fallbackReason: null };
  return { ok: true, facts: tagFacts(extracted, input.direction), provider: "rules", fallbackReason: `model_output_invalid: ${parsed.problem}` };
}
