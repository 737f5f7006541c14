import { describe, expect, it } from "vitest";
import { trusted } from "../../shared/src/gateway/trust/trusted-text.ts";
import { canonicalTemplates, hashProblems, pinHashes, promptHash, type GraphPrompt, type PromptTemplates } from "../../scripts/lib/prompt-hashes.ts";

const SYSTEM = "You classify locations.";

describe("canonicalTemplates", () => {
  it.each<{ description: string; templates: PromptTemplates; canonical: string }>([
    { description: "keys are sorted", templates: { B: "b", A: "a" }, canonical: '{"A":"a","B":"b"}' },
    { description: "trusted text hashes as its text", templates: { SYSTEM_PROMPT: trusted`You classify locations.` }, canonical: `{"SYSTEM_PROMPT":${JSON.stringify(SYSTEM)}}` },
    { description: "nested records and lists", templates: { HINTS: { last: "c", first: ["a", "b"] } }, canonical: '{"HINTS":{"first":["a","b"],"last":"c"}}' },
    { description: "no templates", templates: {}, canonical: "{}" },
  ])("$description", ({ templates, canonical }) => {
    expect(canonicalTemplates(templates)).toBe(canonical);
  });

  it("rejects what is not a template", () => {
    expect(() => canonicalTemplates({ N: 42 } as unknown as PromptTemplates)).toThrow(/must be text/);
  });
});

describe("promptHash", () => {
  it.each<{ description: string; a: PromptTemplates; b: PromptTemplates; equal: boolean }>([
    { description: "string and equal trusted text", a: { S: SYSTEM }, b: { S: trusted`You classify locations.` }, equal: true },
    { description: "declaration order", a: { A: "a", B: "b" }, b: { B: "b", A: "a" }, equal: true },
    { description: "one character", a: { S: SYSTEM }, b: { S: `${SYSTEM} ` }, equal: false },
    // A renamed template is a different declaration, so a different hash.
    { description: "a renamed key", a: { S: SYSTEM }, b: { SYSTEM_PROMPT: SYSTEM }, equal: false },
  ])("$description -> equal: $equal", ({ a, b, equal }) => {
    expect(promptHash(a) === promptHash(b)).toBe(equal);
    expect(promptHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("hashProblems", () => {
  const v1: GraphPrompt = { graph: "g", version: "g-v1", hash: promptHash({ S: SYSTEM }) };
  const pinned = { g: { "g-v1": v1.hash } };

  it.each<{ description: string; current: GraphPrompt; kind: string | null; message?: RegExp }>([
    { description: "unchanged", current: v1, kind: null },
    { description: "template edited, version not bumped", current: { ...v1, hash: promptHash({ S: `${SYSTEM}!` }) }, kind: "changed", message: /templates changed but PROMPT_VERSION is still "g-v1": bump PROMPT_VERSION/ },
    { description: "version bumped, not pinned yet", current: { ...v1, version: "g-v2", hash: promptHash({ S: `${SYSTEM}!` }) }, kind: "unpinned", message: /has no recorded hash: run `pnpm prompts:pin`/ },
    { description: "a graph never pinned", current: { ...v1, graph: "h" }, kind: "unpinned", message: /^h: prompt version "g-v1"/ },
  ])("$description -> $kind", ({ current, kind, message }) => {
    const problems = hashProblems(pinned, [current]);
    expect(problems.map((p) => p.kind)).toEqual(kind ? [kind] : []);
    if (message) expect(problems[0]!.message).toMatch(message);
  });
});

describe("pinHashes", () => {
  const v1: GraphPrompt = { graph: "g", version: "g-v1", hash: "a".repeat(64) };

  it("adds unpinned versions and keeps history", () => {
    const v2 = { ...v1, version: "g-v2", hash: "b".repeat(64) };
    const { next, added, refused } = pinHashes({ g: { "g-v1": v1.hash } }, [v2]);
    expect(next).toEqual({ g: { "g-v1": v1.hash, "g-v2": v2.hash } });
    expect(added).toEqual([v2]);
    expect(refused).toEqual([]);
  });

  it("refuses to overwrite the hash of a pinned version", () => {
    const { next, refused } = pinHashes({ g: { "g-v1": v1.hash } }, [{ ...v1, hash: "c".repeat(64) }]);
    expect(next).toEqual({ g: { "g-v1": v1.hash } });
    expect(refused.map((r) => r.kind)).toEqual(["changed"]);
  });

  it("writes graphs and versions in sorted order", () => {
    const { next } = pinHashes({}, [{ ...v1, graph: "z" }, { ...v1, graph: "a" }]);
    expect(Object.keys(next)).toEqual(["a", "z"]);
  });
});
