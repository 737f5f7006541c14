import { createHash } from "node:crypto";
import { isTrustedText } from "../../shared/src/gateway/trust/trusted-text.ts";
import { TRUST_FRAME_TEMPLATES } from "../../shared/src/gateway/trust/build-messages.ts";
import type { PromptTemplate, PromptTemplates } from "../../shared/src/gateway/trust/prompt-templates.ts";

export type { PromptTemplate, PromptTemplates };

/** `evals/prompt-hashes.json`: graph → prompt version → SHA-256 of its templates. */
export type PinnedHashes = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** One graph's current prompt. */
export interface GraphPrompt {
  readonly graph: string;
  readonly version: string;
  readonly hash: string;
}

/**
 * Templates as canonical JSON: keys sorted, trusted text as its text. Equal
 * templates give equal strings whatever order they were declared in.
 *
 * @example
 * canonicalTemplates({ B: "b", A: trusted`a` }); // '{"A":"a","B":"b"}'
 */
export function canonicalTemplates(value: PromptTemplate | PromptTemplates): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (isTrustedText(value)) return JSON.stringify(value.text);
  if (Array.isArray(value)) return `[${value.map(canonicalTemplates).join(",")}]`;
  if (typeof value !== "object" || value === null) throw new TypeError(`prompt template must be text, TrustedText, a list or a record, not ${typeof value}`);
  const record = value as Record<string, PromptTemplate>;
  return `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${canonicalTemplates(record[k]!)}`).join(",")}}`;
}

/**
 * SHA-256 (hex) of a graph's templates. A graph with templates also hashes
 * the shared `buildMessages` framing (data policy, notice, block format):
 * changing that changes what every model sees, so it needs version bumps too.
 *
 * @example
 * promptHash({ SYSTEM_PROMPT }); // "3f1c…" (64 hex chars)
 */
export function promptHash(templates: PromptTemplates): string {
  const withFrame: PromptTemplates = Object.keys(templates).length > 0 ? { graph: templates, frame: TRUST_FRAME_TEMPLATES } : { graph: templates };
  return createHash("sha256").update(canonicalTemplates(withFrame)).digest("hex");
}

/** Why a graph's prompt does not match the pinned hashes. */
export interface HashProblem {
  readonly graph: string;
  readonly version: string;
  readonly kind: "changed" | "unpinned";
  readonly message: string;
}

/**
 * Compares current prompts with the pinned hashes: a changed hash under a
 * pinned version means the template changed without a `PROMPT_VERSION` bump;
 * a version with no hash needs `pnpm prompts:pin`.
 *
 * @example
 * hashProblems({ g: { "v1": "aa" } }, [{ graph: "g", version: "v1", hash: "bb" }])[0]?.kind; // "changed"
 */
export function hashProblems(pinned: PinnedHashes, current: readonly GraphPrompt[]): HashProblem[] {
  const problems: HashProblem[] = [];
  for (const { graph, version, hash } of current) {
    const recorded = pinned[graph]?.[version];
    if (recorded === undefined) {
      problems.push({ graph, version, kind: "unpinned", message: `${graph}: prompt version "${version}" has no recorded hash: run \`pnpm prompts:pin\` and commit evals/prompt-hashes.json.` });
    } else if (recorded !== hash) {
      problems.push({
        graph,
        version,
        kind: "changed",
        message:
          `${graph}: the prompt templates changed but PROMPT_VERSION is still "${version}": bump PROMPT_VERSION ` +
          `(and the registry row's promptVersion), then run \`pnpm prompts:pin\`. (pinned ${recorded.slice(0, 12)}…, now ${hash.slice(0, 12)}…)`,
      });
    }
  }
  return problems;
}

/**
 * The pinned hashes with every unpinned version added. A changed hash under a
 * pinned version is refused, never overwritten: re-pinning must not be a way
 * to skip the version bump (an unreleased version can be removed by hand).
 *
 * @example
 * pinHashes({}, [{ graph: "g", version: "v1", hash: "aa" }]); // { next: { g: { v1: "aa" } }, added: [...], refused: [] }
 */
export function pinHashes(pinned: PinnedHashes, current: readonly GraphPrompt[]): { next: PinnedHashes; added: GraphPrompt[]; refused: HashProblem[] } {
  const next: Record<string, Record<string, string>> = {};
  for (const [graph, versions] of Object.entries(pinned)) next[graph] = { ...versions };
  const problems = hashProblems(pinned, current);
  const added = current.filter((c) => problems.some((p) => p.kind === "unpinned" && p.graph === c.graph && p.version === c.version));
  for (const { graph, version, hash } of added) next[graph] = { ...next[graph], [version]: hash };
  const sorted = Object.fromEntries(Object.keys(next).sort().map((g) => [g, Object.fromEntries(Object.entries(next[g]!).sort(([a], [b]) => a.localeCompare(b)))]));
  return { next: sorted, added, refused: problems.filter((p) => p.kind === "changed") };
}
