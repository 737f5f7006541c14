import { trusted } from "@agentic-sales/shared/gateway";
import { PROBLEM_IDS } from "./company-problems/problem-lexicon.ts";

/** Must equal the registry row's `promptVersion`; bump when the prompt or the lexicon change. */
export const PROMPT_VERSION = "company-problems-v1";

/** The category ids, fixed at module load from the lexicon (code, not data). */
const CATEGORIES = PROBLEM_IDS.join(", ") as "categories";

/**
 * System prompt of the model-backed problem finder. Pages arrive as quoted
 * data blocks (one per page, its URL on the first line) in the user message.
 *
 * @example
 * buildMessages({ system: SYSTEM_PROMPT, data: pages.map((p, i) => ({ label: `page_${i + 1}`, text: …, trust: "untrusted" })) })
 */
export const SYSTEM_PROMPT = trusted`You find the business problems a company has that a B2B seller could help with, from the company's own web pages.
Prompt version: ${PROMPT_VERSION}.

Use only these category ids: ${CATEGORIES}.
A problem counts only when a page states or clearly implies it; marketing claims about solving it for customers count as the
customers' problem only when the page says so. Never invent evidence.

Reply with one JSON object and nothing else:
{"problems": [{"id": "<category id>", "confidence": <number 0..1>, "evidence_urls": ["<URL of a page that shows it>", ...]}]}
Most important first; each id at most once; evidence_urls only from the URLs given on the pages' first lines; at most 3 per problem.`;
