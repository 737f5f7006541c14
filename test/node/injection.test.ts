import path from "node:path";
import { describe, expect, it } from "vitest";
import { registry } from "../../shared/src/registry/graphs.ts";
import { loadCorpus } from "./injection/corpus.ts";
import { checkField, unfittedIds, type GraphModule } from "./injection/run-target.ts";
import { INJECTION_TARGETS, NO_UNTRUSTED_TEXT } from "./injection/targets.ts";

// Every injection string through every untrusted field of every graph that
// takes untrusted text, on a hub whose provider records each request: no
// spelling of it may reach a system message or sit outside the user message's
// quoted <data> blocks. The corpus is evals/injection/corpus.json.

const root = path.join(import.meta.dirname, "../..");
const corpus = loadCorpus();

async function builderOf(graph: string): Promise<GraphModule> {
  const spec = registry.specFor(graph);
  if (!spec) throw new Error(`injection target "${graph}" is not in the registry`);
  return import(path.join(root, `workers/${spec.worker}/src/graphs/${spec.module}.ts`));
}

describe("injection corpus", () => {
  it("has at least 30 distinct strings of every kind the suite promises", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((s) => s.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((s) => s.kind))).toEqual(
      new Set(["instruction_override", "fake_role_tag", "role_play", "unicode_bidi", "unicode_zero_width", "unicode_homoglyph", "unicode_smuggling", "unicode_control", "markdown_html", "json_breaking", "delimiter_closing", "prompt_leak"]),
    );
  });

  it("covers every registry graph: a target, or a reason it takes no untrusted text", () => {
    const targets = INJECTION_TARGETS.map((t) => t.graph);
    const undecided = registry.graphs.map((g) => g.assistantId).filter((id) => !targets.includes(id) && !(id in NO_UNTRUSTED_TEXT));
    expect(undecided, "add these graphs to INJECTION_TARGETS or NO_UNTRUSTED_TEXT in test/node/injection/targets.ts").toEqual([]);
  });
});

describe.each(INJECTION_TARGETS)("$graph: untrusted text stays quoted data", (target) => {
  it.each(target.fields)("%s", async (field) => {
    const problems = await checkField(target, await builderOf(target.graph), field, corpus);
    expect(problems, problems.slice(0, 12).join("\n")).toEqual([]);
  });

  it("each corpus string fits at least one untrusted field", async () => {
    expect(unfittedIds(target, await builderOf(target.graph), corpus)).toEqual([]);
  });
});
