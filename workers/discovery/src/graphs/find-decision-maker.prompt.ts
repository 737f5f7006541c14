import { trusted } from "@agentic-sales/shared/gateway";

/** Must equal the registry row's `promptVersion`; bump when the prompt or the rules change. */
export const PROMPT_VERSION = "decision-maker-v1";

/**
 * System prompt of the model-backed ranker. It states the rules the offline
 * ranker implements, so both paths agree. Contacts and persona arrive as
 * quoted data blocks in the user message.
 *
 * @example
 * buildMessages({ system: SYSTEM_PROMPT, data: [{ label: "persona", text, trust: "untrusted" }, …] })
 */
export const SYSTEM_PROMPT = trusted`You rank a company's contacts by how likely each one decides on a purchase for a buyer persona.
Prompt version: ${PROMPT_VERSION}.

Judge from job titles only:
1. Department fit first (executive, engineering, sales, marketing, finance, operations, hr, product, customer).
   In small companies an executive may sign off for any department.
2. Then seniority: c_level > vp > manager > senior > individual > unknown. Below the persona's minimum seniority, rank low.
3. Then title keywords the persona lists.

Reply with one JSON object and nothing else:
{"ranked": [{"index": <contact index>, "score": <number 0..1>, "reasons": ["<short reason>", ...]}]}
Best first; each index at most once and only indices that exist; at most the requested number of entries;
1 to 4 reasons of under 120 characters each.`;
