import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "../migrations"));
  return {
    plugins: [
      cloudflareTest({
        remoteBindings: false,
        miniflare: {
          compatibilityDate: "2026-08-01",
          compatibilityFlags: ["nodejs_compat"],
          d1Databases: ["DB"],
          bindings: { TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    test: {
      name: "shared",
      globals: true,
      include: ["src/**/*.test.ts"],
      exclude: ["src/**/*.node.test.ts"],
      setupFiles: ["../test/setup/apply-migrations.ts"],
      // One runtime for all files, storage reset per file (as in test/setup/workerd-project.ts).
      isolate: false,
    },
  };
});
