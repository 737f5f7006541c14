import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import type { ViteUserConfig } from "vitest/config";

const root = path.join(import.meta.dirname, "../..");

/**
 * A vitest project that runs one Worker's tests inside workerd, with its own
 * wrangler config and the D1 migrations applied per test file.
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
    },
  };
}
