import { buildMessages, skipReasonOf, trusted, type ModelHub } from "@agentic-sales/shared/gateway";
import { z } from "zod";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "../company-problems.prompt.ts";
import type { DetectedProblem, PageText } from "./detect-problems.ts";
import { PROBLEM_IDS, PROBLEM_LEXICON } from "./problem-lexicon.ts";
import type { Problem } from "./problems-schemas.ts";

/** Page text sent per page: an about page fits; a catalogue is cut. */
export const MAX_PROMPT_CHARS_PER_PAGE = 4_000;

const ModelProblems = z.object({
  problems: z.array(z.object({ id: z.enum(PROBLEM_IDS), confidence: z.number().min(0).max(1), evidence_urls: z.array(z.string()).min(1).max(3) })),
});

export interface HubProblems {
  readonly problems: Problem[];
  readonly provider: string;
  readonly skipReason: string | null;
}

/** The rule detections as problems (the offline answer and the fallback). */
export const fromRules = (detected: readonly DetectedProblem[], limit: number): Problem[] =>
  detected.slice(0, limit).map(({ id, label, confidence, evidence }) => ({ id, label, confidence, evidence }));

/**
 * Finds problems through the model hub: categories in the system prompt,
 * each page's URL and visible text as an untrusted data block, the rule
 * detections as the offline answer. The model's evidence must be URLs of
 * pages it was given (a text fragment is added where the rules matched on
 * that page); an invalid answer or a refused call falls back to the rules
 * with a skip reason.
 *
 * @example
 * await problemsWithHub(hub, pages, detected, 5); // { problems: [...], provider: "offline", skipReason: null }
 */
export async function problemsWithHub(hub: Pick<ModelHub, "completeJson">, pages: readonly PageText[], detected: readonly DetectedProblem[], limit: number): Promise<HubProblems> {
  const rules = fromRules(detected, limit);
  try {
    const { value, reason, records } = await hub.completeJson(
      {
        site: { graph: "company_problems", node: "detect", promptVersion: PROMPT_VERSION, feature: "enrichment" },
        messages: buildMessages({
          system: SYSTEM_PROMPT,
          instructions: [trusted`List at most ${limit} problems.`],
          data: pages.map((p, i) => ({ label: `page_${i + 1}`, text: `${p.url}\n${p.text.slice(0, MAX_PROMPT_CHARS_PER_PAGE)}`, trust: "untrusted" as const })),
        }),
        temperature: 0,
        maxOutputTokens: 800,
        offline: () => JSON.stringify({ problems: rules.map((p) => ({ id: p.id, confidence: p.confidence, evidence_urls: p.evidence.map((e) => e.url) })) }),
      },
      ModelProblems,
    );
    const provider = records.at(-1)?.provider ?? "offline";
    if (value === null) return { problems: rules, provider: "rules", skipReason: reason };
    const known = new Set(pages.map((p) => p.url));
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const answer of value.problems.slice(0, limit)) {
      const urls = answer.evidence_urls.filter((u) => known.has(u));
      if (seen.has(answer.id) || urls.length === 0) return { problems: rules, provider: "rules", skipReason: "model cited unknown pages or repeated a problem" };
      seen.add(answer.id);
      const fragments = detected.find((d) => d.id === answer.id)?.evidence ?? [];
      const evidence = urls.map((url) => ({ url, fragment_url: fragments.find((f) => f.url === url)?.fragment_url ?? null }));
      problems.push({ id: answer.id, label: PROBLEM_LEXICON[answer.id].label, confidence: answer.confidence, evidence });
    }
    return { problems, provider, skipReason: null };
  } catch (e) {
    return { problems: rules, provider: "rules", skipReason: skipReasonOf(e) };
  }
}
