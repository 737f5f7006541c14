import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { currentPrompts, declarationProblems, declaredPrompts } from "../../scripts/lib/graph-prompts.ts";
import { hashProblems, type PinnedHashes } from "../../scripts/lib/prompt-hashes.ts";

// Prompt version pinning: every graph's builder exports PROMPT_TEMPLATES (all
// templates its prompt is made of), and evals/prompt-hashes.json keeps their
// SHA-256 per PROMPT_VERSION. A template edit without a version bump fails
// here; a new version fails until `pnpm prompts:pin` records it.

const pinned = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../evals/prompt-hashes.json"), "utf8")) as PinnedHashes;
const declared = await declaredPrompts();
const current = currentPrompts(declared);

describe("prompt versions are pinned", () => {
  it.each(declared.map((p) => ({ graph: p.spec.assistantId, p })))("$graph", ({ graph, p }) => {
    const problems = [...declarationProblems(p), ...hashProblems(pinned, current.filter((c) => c.graph === graph)).map((h) => h.message)];
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
