import type { ChatMessage } from "./types.ts";

/**
 * Tokens in `text`, estimated as ceil(chars / 4): OpenAI's rule of thumb for
 * English (~4 characters per token). It needs no tokenizer in the bundle, and
 * it errs high for the short words and punctuation of sales email, which is the
 * safe side for a ceiling. It is a budget guard, not a bill: billed tokens
 * always come from the provider's usage.
 *
 * @example
 * estimateTokens("Hello, world!"); // 4
 */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/**
 * Estimated input tokens of a message list: the sum over message contents.
 * Per-message framing (a few tokens each) is left out; `maxOutputTokens` on
 * top of this dominates any request the ceiling has to stop.
 *
 * @example
 * estimateInputTokens([{ role: "user", content: "12345678" }]); // 2
 */
export const estimateInputTokens = (messages: readonly ChatMessage[]): number =>
  messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
