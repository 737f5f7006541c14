import { foldText } from "@agentic-sales/shared/web";
import { PROBLEM_IDS, PROBLEM_LEXICON, type ProblemId } from "./problem-lexicon.ts";
import { textFragmentUrl } from "./text-fragment.ts";

/** A page's visible text. */
export interface PageText {
  readonly url: string;
  readonly text: string;
}

export interface Evidence {
  readonly url: string;
  /** The page URL with a text fragment pointing at the matched words. */
  readonly fragment_url: string;
}

export interface DetectedProblem {
  readonly id: ProblemId;
  readonly label: string;
  readonly score: number;
  /** 1 − e^(−score / 4): saturates as evidence adds up; a single strong phrase ≈ 0.53. */
  readonly confidence: number;
  readonly evidence: Evidence[];
}

/** Evidence kept per problem: one link per page is enough to check. */
const MAX_EVIDENCE = 3;

/** A text's words with their folded forms, so a folded phrase match maps back to the words on the page. */
function wordsOf(text: string): { raw: string[]; folded: string[] } {
  const raw: string[] = [];
  const folded: string[] = [];
  for (const word of text.split(/\s+/)) {
    const f = foldText(word);
    if (!f) continue;
    // Folding may split a word ("l'équipe" → "l equipe"); keep the raw word on each part's first position.
    f.split(" ").forEach((part, i) => {
      raw.push(i === 0 ? word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "") : "");
      folded.push(part);
    });
  }
  return { raw, folded };
}

/**
 * Problems a company's own pages talk about, by phrase rules: each phrase
 * hit adds its weight once per page; evidence is the page URL with a text
 * fragment of the matched words (a pointer, not copied page text). Ranked
 * by score, ties in lexicon order. Pure.
 *
 * @example
 * detectProblems([{ url: "https://acme.de/about", text: "Viele Lager kämpfen mit dem Fachkräftemangel." }]);
 * // [{ id: "hiring_shortage", score: 3, confidence: 0.5276, evidence: [{ url: "https://acme.de/about", fragment_url: "https://acme.de/about#:~:text=Fachkr%C3%A4ftemangel" }] … }]
 */
export function detectProblems(pages: readonly PageText[]): DetectedProblem[] {
  const found = new Map<ProblemId, { score: number; evidence: Evidence[] }>();
  for (const page of pages) {
    const { raw, folded } = wordsOf(page.text);
    const joined = ` ${folded.join(" ")} `;
    for (const id of PROBLEM_IDS) {
      for (const [phrase, weight] of PROBLEM_LEXICON[id].phrases) {
        const at = joined.indexOf(` ${phrase} `);
        if (at < 0) continue;
        const start = joined.slice(0, at).trim() === "" ? 0 : joined.slice(1, at).split(" ").length;
        const snippet = raw.slice(start, start + phrase.split(" ").length).filter(Boolean).join(" ");
        const entry = found.get(id) ?? { score: 0, evidence: [] };
        entry.score += weight;
        if (!entry.evidence.some((e) => e.url === page.url) && entry.evidence.length < MAX_EVIDENCE) {
          entry.evidence.push({ url: page.url, fragment_url: textFragmentUrl(page.url, snippet || phrase) });
        }
        found.set(id, entry);
      }
    }
  }
  return [...found.entries()]
    .map(([id, { score, evidence }]) => ({ id, label: PROBLEM_LEXICON[id].label, score, confidence: Math.round((1 - Math.exp(-score / 4)) * 10_000) / 10_000, evidence }))
    .sort((a, b) => b.score - a.score || PROBLEM_IDS.indexOf(a.id) - PROBLEM_IDS.indexOf(b.id));
}
