import type { TrustedText } from "./trusted-text.ts";

/** One prompt template: text, trusted text, or a list/record of them (e.g. per-stage hints). */
export type PromptTemplate = string | TrustedText | readonly PromptTemplate[] | { readonly [key: string]: PromptTemplate };

/**
 * What a graph's builder module exports as `PROMPT_TEMPLATES`: every template
 * its prompts are made of, by name (`{}` for a graph with no model call).
 * `pnpm prompts:pin` hashes it per `PROMPT_VERSION` into
 * `evals/prompt-hashes.json`, so a template edit without a version bump fails
 * `test/node/prompt-versions.test.ts`.
 *
 * @example
 * export const PROMPT_TEMPLATES = { SYSTEM_PROMPT, STAGE_HINT } satisfies PromptTemplates;
 */
export type PromptTemplates = Readonly<Record<string, PromptTemplate>>;
