import { defineConfig } from "vitest/config";

// The official SDK client against the real local fleet (wrangler dev, workerd,
// local D1), through the dispatcher. globalSetup starts and stops the fleet.
export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    include: ["e2e/**/*.test.ts", "../workers/*/test/e2e/**/*.test.ts"],
    globalSetup: ["e2e/fleet.global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
