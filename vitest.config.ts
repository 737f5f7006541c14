import { defineConfig } from "vitest/config";

// One project per Worker (run inside workerd), plus Node-side projects:
// `node` for scripts and generated-file checks, `e2e` for the SDK against the local fleet.
export default defineConfig({
  test: {
    projects: [
      "shared/vitest.config.ts",
      "shared/vitest.node.config.ts",
      "dispatcher/vitest.config.ts",
      "workers/*/vitest.config.ts",
      "evals/vitest.config.ts",
      "test/vitest.node.config.ts",
      "test/vitest.e2e.config.ts",
      "test/vitest.telemetry.config.ts",
    ],
  },
});
