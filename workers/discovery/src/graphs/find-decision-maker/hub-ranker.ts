import { buildMessages, skipReasonOf, trusted, type ModelHub } from "@agentic-sales/shared/gateway";
import { z } from "zod";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "../find-decision-maker.prompt.ts";
import type { ContactIn, Persona, RankedContact } from "./decision-schemas.ts";

/** The model's answer: indices into the contact list, never names, so it cannot invent people. */
const ModelRanking = z.object({
  ranked: z.array(z.object({ index: z.number().int().min(0), score: z.number().min(0).max(1), reasons: z.array(z.string().max(200)).min(1).max(4) })),
});

export interface HubRanking {
  readonly ranked: RankedContact[];
  /** `offline` (the rules answered through the hub), a model provider, or `rules` when the hub could not be used. */
  readonly provider: string;
  readonly skipReason: string | null;
}

/**
 * Persona and contacts are untrusted text (titles come from scraped pages):
 * data blocks in the user message; only the limit, a number, is an instruction.
 */
const messagesFor = (persona: Persona, contacts: readonly ContactIn[], limit: number) =>
  buildMessages({
    system: SYSTEM_PROMPT,
    instructions: [trusted`Rank at most ${limit} contacts for the persona.`],
    data: [
      { label: "persona", text: JSON.stringify(persona), trust: "untrusted" },
      { label: "contacts", text: JSON.stringify(contacts.map((c, index) => ({ index, name: c.name, title: c.title ?? null }))), trust: "untrusted" },
    ],
  });

/**
 * Ranks through the model hub: rules in the system prompt, persona and
 * contacts as quoted data in the user message, the rule ranking as the
 * offline answer. The model's scores and reasons are kept; seniority and
 * departments always come from the rules (they are facts of the title).
 * An invalid answer (unknown or repeated index) or a refused call falls
 * back to the rule ranking with a skip reason, never an exception.
 *
 * @example
 * await rankWithHub(hub, persona, contacts, 3, rules); // { ranked: [...], provider: "offline", skipReason: null }
 */
export async function rankWithHub(
  hub: Pick<ModelHub, "completeJson">,
  persona: Persona,
  contacts: readonly ContactIn[],
  limit: number,
  rules: readonly RankedContact[],
): Promise<HubRanking> {
  const fallback = (provider: string, skipReason: string | null): HubRanking => ({ ranked: [...rules], provider, skipReason });
  try {
    const { value, reason, records } = await hub.completeJson(
      {
        site: { graph: "find_decision_maker", node: "rank", promptVersion: PROMPT_VERSION, feature: "discovery" },
        messages: messagesFor(persona, contacts, limit),
        temperature: 0,
        maxOutputTokens: 800,
        offline: () => JSON.stringify({ ranked: rules.map(({ index, score, reasons }) => ({ index, score, reasons: reasons.slice(0, 4) })) }),
      },
      ModelRanking,
    );
    const provider = records.at(-1)?.provider ?? "offline";
    if (value === null) return fallback("rules", reason);
    const byIndex = new Map(rules.map((r) => [r.index, r]));
    const seen = new Set<number>();
    const ranked: RankedContact[] = [];
    for (const entry of value.ranked.slice(0, limit)) {
      const base = byIndex.get(entry.index) ?? ruleFor(entry.index, contacts, rules);
      if (!base || seen.has(entry.index)) return fallback("rules", "model ranked an unknown or repeated contact");
      seen.add(entry.index);
      ranked.push({ ...base, score: entry.score, reasons: entry.reasons });
    }
    return { ranked, provider, skipReason: null };
  } catch (e) {
    return fallback("rules", skipReasonOf(e));
  }
}

/** A contact the rules ranked below the limit but the model picked: still a real contact. */
function ruleFor(index: number, contacts: readonly ContactIn[], rules: readonly RankedContact[]): RankedContact | undefined {
  const contact = contacts[index];
  if (!contact) return undefined;
  return rules.find((r) => r.index === index) ?? { index, name: contact.name, title: contact.title ?? null, score: 0, seniority: "unknown", departments: [], reasons: ["ranked by the model"] };
}
