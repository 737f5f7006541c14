// pnpm prompts:pin — records the SHA-256 of every graph's prompt templates per
// prompt version in evals/prompt-hashes.json. It only adds versions: a changed
// hash under a version already pinned is refused (bump PROMPT_VERSION instead).
import { relaunchWithTransformTypes } from "./lib/transform-types.ts";

relaunchWithTransformTypes(import.meta.filename);

const { readFileSync, writeFileSync, existsSync } = await import("node:fs");
const path = await import("node:path");
const { currentPrompts, declaredPrompts, declarationProblems } = await import("./lib/graph-prompts.ts");
const { pinHashes } = await import("./lib/prompt-hashes.ts");

const file = path.join(import.meta.dirname, "../evals/prompt-hashes.json");
const pinned = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const declared = await declaredPrompts();
const { next, added, refused } = pinHashes(pinned, currentPrompts(declared));

for (const a of added) console.log(`pinned ${a.graph} ${a.version} ${a.hash}`);
for (const problem of declared.flatMap(declarationProblems)) console.warn(`skipped: ${problem}`);
if (refused.length > 0) {
  for (const r of refused) console.error(`refused: ${r.message}`);
  console.error("Nothing written. A version already pinned never gets a new hash; if it never shipped, delete its line by hand.");
  process.exit(1);
}
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
console.log(added.length > 0 ? `wrote ${path.relative(process.cwd(), file)}` : "all prompt versions already pinned");
