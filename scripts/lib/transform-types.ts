import { spawnSync } from "node:child_process";

/**
 * Re-runs the current script under `--experimental-transform-types` when Node
 * only strips types, then exits with its status. Shared gateway code uses
 * TypeScript parameter properties (`constructor(private readonly o)`), which
 * strip-only mode refuses; so a script that imports it calls this first and
 * loads its real work with a dynamic `import()` after.
 *
 * @example
 * relaunchWithTransformTypes(import.meta.filename);
 * await import("./bench-gateway/main.ts");
 */
export function relaunchWithTransformTypes(script: string): void {
  if ((process.features as { typescript?: string }).typescript === "transform") return;
  const args = ["--experimental-transform-types", "--disable-warning=ExperimentalWarning", script, ...process.argv.slice(2)];
  const { status, signal } = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exit(status ?? (signal ? 1 : 0));
}
