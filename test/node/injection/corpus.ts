import { readFileSync } from "node:fs";
import path from "node:path";

/** One injection string of `evals/injection/corpus.json`. */
export interface InjectionString {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
}

/**
 * The injection corpus, read from `evals/injection/corpus.json` (JSON, so
 * invisible characters are spelled as `\u` escapes a reviewer can see).
 *
 * @example
 * loadCorpus().length; // ≥ 30
 */
export function loadCorpus(): InjectionString[] {
  const file = path.join(import.meta.dirname, "../../../evals/injection/corpus.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { strings: InjectionString[] }).strings;
}
