import ts from "typescript";
import { MODEL_URLS, PROVIDER_EXPORTS, PROVIDER_MODULES } from "./rules.ts";

/** One direct model access found in a source file. */
export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly rule: "provider-module" | "provider-export" | "ai-binding" | "model-fetch";
  readonly detail: string;
}

const stringsIn = (node: ts.Node, sf: ts.SourceFile, consts: ReadonlyMap<string, ts.Expression>, depth = 0): string[] => {
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.flatMap((s) => [...stringsIn(s.expression, sf, consts, depth), s.literal.text])];
  // One hop through a same-file constant: `const URL = "https://api.openai.com/…"; fetch(URL)`.
  if (ts.isIdentifier(node) && depth < 2) {
    const init = consts.get(node.text);
    return init ? stringsIn(init, sf, consts, depth + 1) : [];
  }
  const out: string[] = [];
  node.forEachChild((child) => void out.push(...stringsIn(child, sf, consts, depth)));
  return out;
};

const isAiRun = (callee: ts.Expression): boolean => {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "run") return false;
  const target = callee.expression;
  if (ts.isIdentifier(target)) return target.text === "AI";
  if (ts.isPropertyAccessExpression(target)) return target.name.text === "AI";
  return ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression) && target.argumentExpression.text === "AI";
};

const isFetch = (callee: ts.Expression): boolean =>
  (ts.isIdentifier(callee) && callee.text === "fetch") || (ts.isPropertyAccessExpression(callee) && callee.name.text === "fetch");

/**
 * Direct model access in one TypeScript source: imports of provider clients
 * (static, dynamic, `require`, re-exports, type-only too), provider factories
 * by name, `env.AI.run(…)`, and `fetch(…)` to a model API URL. Parsed, not
 * grepped, so comments and docs that mention these never count.
 *
 * @example
 * findProviderViolations('import OpenAI from "openai";', "x.ts"); // [{ file: "x.ts", line: 1, rule: "provider-module", detail: 'imports "openai"' }]
 */
export function findProviderViolations(source: string, file: string): Violation[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Violation[] = [];
  const at = (node: ts.Node, rule: Violation["rule"], detail: string) =>
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, rule, detail });
  const checkSpecifier = (node: ts.Node, specifier: string) => {
    if (PROVIDER_MODULES.some((re) => re.test(specifier))) at(node, "provider-module", `imports "${specifier}"`);
  };

  const consts = new Map<string, ts.Expression>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
    node.forEachChild(collect);
  };
  collect(sf);

  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteralLike(node.moduleReference.expression)) {
      checkSpecifier(node, node.moduleReference.expression.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) {
      checkSpecifier(node, node.argument.literal.text);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require");
      if (dynamic && first && ts.isStringLiteralLike(first)) checkSpecifier(node, first.text);
      if (isAiRun(node.expression)) at(node, "ai-binding", "calls the Workers AI binding (AI.run)");
      if (isFetch(node.expression) && first) {
        const url = stringsIn(first, sf, consts).find((s) => MODEL_URLS.some((re) => re.test(s)));
        if (url !== undefined) at(node, "model-fetch", `fetches a model API (${url})`);
      }
    } else if (ts.isIdentifier(node) && PROVIDER_EXPORTS.has(node.text)) {
      // Named imports, namespace access (`gw.createProvider`) and calls alike.
      at(node, "provider-export", `uses ${node.text}`);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}
