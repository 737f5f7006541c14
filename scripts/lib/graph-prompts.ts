import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { registry } from "../../shared/src/registry/graphs.ts";
import type { GraphSpec } from "../../shared/src/registry/graph-spec.ts";
import { canonicalTemplates, promptHash, type GraphPrompt, type PromptTemplate, type PromptTemplates } from "./prompt-hashes.ts";

const ROOT = path.join(import.meta.dirname, "../..");

/** Exports of a prompt module that are templates: `SYSTEM_PROMPT`, `REPAIR_PROMPT`, `SUBJECT_TEMPLATE(S)`… */
const TEMPLATE_EXPORT = /(^|_)(PROMPT|TEMPLATES?)$/;
const NOT_TEMPLATES = new Set(["PROMPT_VERSION", "PROMPT_TEMPLATES"]);

/** A registry graph's prompt as its builder module declares it. */
export interface DeclaredPrompt {
  readonly spec: GraphSpec;
  readonly version: unknown;
  /** `PROMPT_TEMPLATES` of the builder module; undefined when it has no such export. */
  readonly templates: PromptTemplates | undefined;
  /** Template-named exports of the prompt module(s) beside the builder, by "file: EXPORT". */
  readonly promptModuleExports: Readonly<Record<string, PromptTemplate>>;
}

/**
 * The prompt modules beside a builder: `<module>.prompt.ts`, and any
 * `*prompt*.ts` in the `<module>/` folder (tests excluded).
 *
 * @example
 * promptModulesOf(spec); // ["workers/email/src/graphs/email-outreach/outreach-prompt.ts"]
 */
export function promptModulesOf(spec: GraphSpec): string[] {
  const dir = `workers/${spec.worker}/src/graphs`;
  const found = [`${dir}/${spec.module}.prompt.ts`].filter((f) => existsSync(path.join(ROOT, f)));
  const folder = path.join(ROOT, dir, spec.module);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) {
      if (/prompt/i.test(name) && name.endsWith(".ts") && !name.endsWith(".test.ts")) found.push(`${dir}/${spec.module}/${name}`);
    }
  }
  return found;
}

/**
 * Imports every registry graph's builder module and prompt module(s) and
 * returns what they declare.
 *
 * @example
 * const prompts = await declaredPrompts();
 */
export async function declaredPrompts(): Promise<DeclaredPrompt[]> {
  const out: DeclaredPrompt[] = [];
  for (const spec of registry.graphs) {
    const builder = (await import(path.join(ROOT, `workers/${spec.worker}/src/graphs/${spec.module}.ts`))) as Record<string, unknown>;
    const promptModuleExports: Record<string, PromptTemplate> = {};
    for (const file of promptModulesOf(spec)) {
      const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (TEMPLATE_EXPORT.test(name) && !NOT_TEMPLATES.has(name)) promptModuleExports[`${path.basename(file)}: ${name}`] = value as PromptTemplate;
      }
    }
    out.push({ spec, version: builder.PROMPT_VERSION, templates: builder.PROMPT_TEMPLATES as PromptTemplates | undefined, promptModuleExports });
  }
  return out;
}

/**
 * What is wrong with a graph's declaration, before any hashing: no
 * `PROMPT_TEMPLATES` export, or a template of its prompt module left out of it.
 *
 * @example
 * declarationProblems(prompt); // ['email_outreach: outreach-prompt.ts: SYSTEM_PROMPT is not in PROMPT_TEMPLATES …']
 */
export function declarationProblems(p: DeclaredPrompt): string[] {
  const graph = p.spec.assistantId;
  const builder = `workers/${p.spec.worker}/src/graphs/${p.spec.module}.ts`;
  if (p.templates === undefined || typeof p.templates !== "object" || p.templates === null) {
    const names = Object.keys(p.promptModuleExports).map((k) => k.split(": ")[1]);
    const suggestion = names.length > 0 ? `{ ${[...new Set(names)].join(", ")} }` : "{} (it has no prompt)";
    return [`${graph}: ${builder} must export PROMPT_TEMPLATES: Record<string, string | TrustedText>, e.g. export const PROMPT_TEMPLATES = ${suggestion};`];
  }
  const declared = new Set(Object.values(p.templates).map((t) => canonicalTemplates(t)));
  return Object.entries(p.promptModuleExports)
    .filter(([, value]) => !declared.has(canonicalTemplates(value)))
    .map(([name]) => `${graph}: ${name} is a template of the prompt module but not in ${builder}'s PROMPT_TEMPLATES; add it, so a change to it needs a version bump.`);
}

/**
 * The current prompt hash of every graph that declares its templates.
 *
 * @example
 * currentPrompts(await declaredPrompts()); // [{ graph: "country_classify", version: "country-v1", hash: "…" }, …]
 */
export function currentPrompts(declared: readonly DeclaredPrompt[]): GraphPrompt[] {
  return declared
    .filter((p) => p.templates !== undefined && typeof p.version === "string")
    .map((p) => ({ graph: p.spec.assistantId, version: p.version as string, hash: promptHash(p.templates!) }));
}
