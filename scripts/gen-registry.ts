// pnpm gen: writes the files derived from the registry.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { generatedFiles } from "./lib/generated-files.ts";

const root = path.join(import.meta.dirname, "..");
for (const [file, content] of Object.entries(generatedFiles())) {
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
