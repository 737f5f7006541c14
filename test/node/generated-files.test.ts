import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registry } from "../../shared/src/registry/graphs.ts";
import { generatedFiles } from "../../scripts/lib/generated-files.ts";

const root = path.join(import.meta.dirname, "../..");

describe("files derived from the registry", () => {
  it.each(Object.entries(generatedFiles()))("%s is up to date (run `pnpm gen` if not)", (file, expected) => {
    expect(readFileSync(path.join(root, file), "utf8")).toBe(expected);
  });

  it("langgraph.json lists every registry graph at its builder", () => {
    const json = JSON.parse(generatedFiles()["langgraph.json"]!);
    expect(Object.keys(json.graphs)).toEqual(registry.graphs.map((g) => g.assistantId));
    for (const g of registry.graphs) expect(json.graphs[g.assistantId]).toBe(`./workers/${g.worker}/src/graphs/${g.module}.ts:${g.builder}`);
  });

  it("every registry row has its builder module, exporting the row's builder and prompt version", async () => {
    for (const g of registry.graphs) {
      const mod = await import(path.join(root, `workers/${g.worker}/src/graphs/${g.module}.ts`));
      expect(typeof mod[g.builder], g.assistantId).toBe("function");
      expect(mod.PROMPT_VERSION, g.assistantId).toBe(g.promptVersion);
      expect(mod.contract.version, g.assistantId).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});
