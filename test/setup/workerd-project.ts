import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import type { ViteUserConfig } from "vitest/config";

const root = path.join(import.meta.dirname, "../..");

/**
 * A vitest project that runs one Worker's tests inside workerd, with its own
 * wrangler config, and storage emptied and migrated before each test file.
 *
 * `isolate: false`: the project's files run one after another in one workerd
 * runtime. With vitest's default (`isolate: true`) the plugin starts a new
 * runtime for every file, and every file re-imported the Worker through
 * vitest's module runner (`cloudflare:test` imports its main module: ~850
 * modules, LangGraph, LangChain core, zod, …), even a file testing one pure
 * function; that was most of the suite's time. Storage stays isolated per file
 * (test/setup/apply-migrations.ts resets it); module state (per-isolate caches,
 * compiled graphs) is shared between files, as it is between requests in
 * production, so a test must not rely on being the first to load a module.
 */
export async function workerdProject(options: {
  name: string;
  /** wrangler config of the Worker under test, relative to the repo root. */
  wranglerConfig: string;
  /** Extra miniflare options (auxiliary workers, bindings). */
  miniflare?: Record<string, unknown>;
  include?: string[];
}): Promise<ViteUserConfig> {
  const migrations = await readD1Migrations(path.join(root, "migrations"));
  const extra = options.miniflare ?? {};
  return {
    plugins: [
      cloudflareTest({
        remoteBindings: false,
        wrangler: { configPath: path.join(root, options.wranglerConfig) },
        miniflare: {
          ...extra,
          bindings: { ...(extra.bindings as object | undefined), TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    test: {
      name: options.name,
      globals: true,
      // Structured request logs only where a test failed.
      silent: "passed-only",
      include: options.include ?? ["src/**/*.test.ts", "test/**/*.test.ts"],
      setupFiles: [path.join(root, "test/setup/apply-migrations.ts")],
      // One runtime per project, storage reset per file: see above.
      isolate: false,
    },
  };
}
