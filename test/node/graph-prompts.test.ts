import { describe, expect, it } from "vitest";
import { trusted } from "../../shared/src/gateway/trust/trusted-text.ts";
import { registry } from "../../shared/src/registry/graphs.ts";
import { currentPrompts, declarationProblems, promptModulesOf, type DeclaredPrompt } from "../../scripts/lib/graph-prompts.ts";

const spec = registry.specFor("country_classify")!;
const SYSTEM = "You classify locations.";
const declared = (over: Partial<DeclaredPrompt>): DeclaredPrompt => ({ spec, version: "country-v1", templates: { SYSTEM_PROMPT: SYSTEM }, promptModuleExports: {}, ...over });

describe("declarationProblems", () => {
  it.each<{ description: string; prompt: DeclaredPrompt; problems: RegExp[] }>([
    { description: "templates cover the prompt module", prompt: declared({ promptModuleExports: { "x.prompt.ts: SYSTEM_PROMPT": SYSTEM } }), problems: [] },
    // Matched by value: the builder may name it differently, or hold the trusted version of the same text.
    { description: "same text as trusted text under another name", prompt: declared({ templates: { system: trusted`You classify locations.` }, promptModuleExports: { "x.prompt.ts: SYSTEM_PROMPT": SYSTEM } }), problems: [] },
    { description: "no PROMPT_TEMPLATES export", prompt: declared({ templates: undefined, promptModuleExports: { "x.prompt.ts: SYSTEM_PROMPT": SYSTEM } }), problems: [/must export PROMPT_TEMPLATES.*= \{ SYSTEM_PROMPT \}/] },
    { description: "no export and no prompt module", prompt: declared({ templates: undefined }), problems: [/PROMPT_TEMPLATES = \{\} \(it has no prompt\)/] },
    { description: "a prompt-module template left out", prompt: declared({ promptModuleExports: { "x.prompt.ts: REPAIR_PROMPT": "Fix it." } }), problems: [/x\.prompt\.ts: REPAIR_PROMPT is a template of the prompt module but not in/] },
  ])("$description", ({ prompt, problems }) => {
    const found = declarationProblems(prompt);
    expect(found).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(found[i]).toMatch(p));
  });
});

describe("currentPrompts", () => {
  it("hashes graphs that declare templates, skips the rest", () => {
    const prompts = currentPrompts([declared({}), declared({ templates: undefined })]);
    expect(prompts).toEqual([{ graph: "country_classify", version: "country-v1", hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });
});

describe("promptModulesOf", () => {
  it("finds <module>.prompt.ts beside the builder", () => {
    expect(promptModulesOf(spec)).toContain("workers/classify/src/graphs/country-classify.prompt.ts");
  });
});
