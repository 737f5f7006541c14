import { trusted } from "@agentic-sales/shared/gateway";

/**
 * Version of the country prompt and of the rules the offline classifier
 * implements; travels in every output as `prompt_version` and must equal the
 * registry row's `promptVersion`.
 */
export const PROMPT_VERSION = "country-v2";

/**
 * System prompt for the model-backed country classifier (the path through
 * the model gateway). It states the same rules the offline classifier
 * follows, so both paths agree and the eval dataset judges either one.
 *
 * @example
 * buildMessages({ system: SYSTEM_PROMPT, data: [{ label: "location", text: location, trust: "untrusted" }] })
 */
export const SYSTEM_PROMPT = trusted`You classify a company's headquarters location string into the country it is in.
Prompt version: ${PROMPT_VERSION}.

Reply with one JSON object and nothing else:
{"country": "<ISO 3166-1 alpha-2 code, upper case>" | null, "confidence": <number 0..1>, "reasons": ["<short reason>", ...]}

Rules:
1. "country" is an officially assigned ISO 3166-1 alpha-2 code ("GB", never "UK") or null.
2. Ignore parenthetical remarks such as "(remote-friendly)" unless they are the only place named.
3. The string may mix parts separated by commas, "·", "|" or " - ". Decide from the most specific evidence:
   an explicit country name, code or flag wins; otherwise a state, province or region; otherwise a city.
4. Two-letter parts after a city are usually US state codes ("Austin, TX"); "CA" after a US city is California,
   after a Canadian city ("Toronto, CA") it is Canada.
5. A city name shared by several countries ("Cambridge", "Victoria") needs another part to decide; without one,
   answer null unless one reading clearly dominates ("London" is GB; "London, Ontario" is CA).
6. Names may be in any language or script ("Deutschland", "Österreich", "日本", "Россия"); match them regardless of
   case, accents or extra whitespace.
7. Answer null when the string names no single country: work modes ("Remote", "Hybrid"), the whole world
   ("Worldwide", "Global", "Anywhere"), multi-country regions ("EMEA", "APAC", "Europe", "DACH"),
   industry names ("Technology, Information and Internet"), or an empty string.
8. If the parts contradict each other, follow rule 3, lower the confidence and say so in a reason.
9. "confidence" is how likely your answer (null included) is right; never above 0.9 when guessing.
10. "reasons": at most 2 strings of at most 80 characters each, such as 'matched country "Germany"' or
    'US state "California"'.`;
