import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findProviderViolations, type Violation } from "./provider-imports/scan.ts";

// Graphs reach models only through the model hub: no worker source may import
// a provider client, build a provider, call the AI binding or fetch a model
// API. Tests and test helpers are exempt (they fake providers on purpose).

const root = path.join(import.meta.dirname, "../..");

/** Non-test `.ts` files under `workers/<name>/src/`. */
function workerSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "test" && entry.name !== "__fixtures__") walk(rel);
      } else if (entry.name.endsWith(".ts") && !/\.(test|spec)\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        files.push(rel);
      }
    }
  };
  for (const worker of readdirSync(path.join(root, "workers"), { withFileTypes: true })) {
    if (worker.isDirectory()) {
      try {
        walk(`workers/${worker.name}/src`);
      } catch {
        // A worker folder without src/ has nothing to scan.
      }
    }
  }
  return files;
}

const format = (v: Violation) => `${v.file}:${v.line} ${v.rule}: ${v.detail}`;

describe("no direct provider access in workers", () => {
  const files = workerSources();

  it("scans the workers' sources", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.startsWith("workers/email/src/graphs/"))).toBe(true);
  });

  it("no worker source imports a provider client, builds a provider, calls AI.run or fetches a model API", () => {
    const violations = files.flatMap((f) => findProviderViolations(readFileSync(path.join(root, f), "utf8"), f));
    expect(violations.map(format), "graphs call models through config.context.services.hub only").toEqual([]);
  });
});

describe("findProviderViolations", () => {
  it.each<{ description: string; source: string; rules: Violation["rule"][] }>([
    { description: "default import of openai", source: 'import OpenAI from "openai";', rules: ["provider-module"] },
    { description: "subpath of openai", source: 'import { toFile } from "openai/uploads";', rules: ["provider-module"] },
    { description: "@langchain/openai", source: 'import { ChatOpenAI } from "@langchain/openai";', rules: ["provider-module"] },
    { description: "@anthropic-ai/sdk", source: 'import Anthropic from "@anthropic-ai/sdk";', rules: ["provider-module"] },
    { description: "workers-ai-provider", source: 'import { createWorkersAI } from "workers-ai-provider";', rules: ["provider-module"] },
    { description: "the AI SDK", source: 'import { generateText } from "ai";', rules: ["provider-module"] },
    { description: "an @ai-sdk provider", source: 'import { openai } from "@ai-sdk/openai";', rules: ["provider-module"] },
    { description: "type-only import", source: 'import type { ChatCompletion } from "openai/resources";', rules: ["provider-module"] },
    { description: "re-export", source: 'export { default } from "openai";', rules: ["provider-module"] },
    { description: "dynamic import", source: 'const m = await import("@anthropic-ai/sdk");', rules: ["provider-module"] },
    { description: "require", source: 'const OpenAI = require("openai");', rules: ["provider-module"] },
    { description: "import type node", source: 'let c: import("openai").OpenAI;', rules: ["provider-module"] },
    { description: "our provider module, relative", source: 'import { workersAiProvider } from "../../../../shared/src/gateway/providers/workers-ai.ts";', rules: ["provider-module", "provider-export"] },
    { description: "our provider module, package path", source: 'import "@agentic-sales/shared/gateway/providers/openai-compatible";', rules: ["provider-module"] },
    { description: "a provider factory from the gateway index", source: 'import { openAICompatibleFromEnv } from "@agentic-sales/shared/gateway";', rules: ["provider-export"] },
    { description: "a provider factory through a namespace", source: 'import * as gw from "@agentic-sales/shared/gateway";\nconst p = gw.offlineProvider();', rules: ["provider-export"] },
    { description: "env.AI.run", source: "export const n = async (env: Env) => env.AI.run('@cf/meta/llama-3.1-8b-instruct', { prompt: 'x' });", rules: ["ai-binding"] },
    { description: "destructured AI.run", source: "const { AI } = env;\nawait AI.run(model, input);", rules: ["ai-binding"] },
    { description: "c.env['AI'].run", source: "await c.env['AI'].run(model, input);", rules: ["ai-binding"] },
    { description: "fetch to OpenAI", source: 'await fetch("https://api.openai.com/v1/chat/completions", { method: "POST" });', rules: ["model-fetch"] },
    { description: "fetch through a constant", source: 'const URL = `https://gateway.ai.cloudflare.com/v1/${acct}/gw/openai`;\nawait fetch(URL, init);', rules: ["model-fetch"] },
    { description: "fetch of a Request to Anthropic", source: 'await fetch(new Request("https://api.anthropic.com/v1/messages", init));', rules: ["model-fetch"] },
    { description: "globalThis.fetch to a compatible endpoint", source: 'await globalThis.fetch(`${base}/v1/chat/completions`, init);', rules: ["model-fetch"] },
    // What graphs may do.
    { description: "the hub and its types", source: 'import { isModelCallError, type ModelCall } from "@agentic-sales/shared/gateway";\nawait hub.complete(call);', rules: [] },
    { description: "a service-binding fetch", source: 'await env.EMAIL.fetch(new Request("https://email/runs/wait", init));', rules: [] },
    { description: "a fetch to our own API", source: 'await fetch(`${ORIGIN}/threads`);', rules: [] },
    { description: "a comment that mentions openai", source: '// never: import OpenAI from "openai"; env.AI.run(...)\n/** fetch("https://api.openai.com/v1/chat/completions") */\nexport const x = 1;', rules: [] },
    { description: "a string that mentions a model URL, not fetched", source: 'export const DOC = "see https://api.openai.com/v1/chat/completions";', rules: [] },
    { description: "a package whose name starts with ai", source: 'import { x } from "aio-lib"; import y from "airtable";', rules: [] },
    { description: "a method named run on something else", source: "await graph.run(input); await this.AIRPORT.run();", rules: [] },
  ])("$description -> $rules", ({ source, rules }) => {
    expect(findProviderViolations(source, "fixture.ts").map((v) => v.rule)).toEqual(rules);
  });

  it("reports file and line", () => {
    expect(findProviderViolations('const a = 1;\n\nimport OpenAI from "openai";', "workers/x/src/y.ts")).toEqual([
      { file: "workers/x/src/y.ts", line: 3, rule: "provider-module", detail: 'imports "openai"' },
    ]);
  });
});
