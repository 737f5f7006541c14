import { defineConfig } from "vitest/config";

// Node-side shared tests: the model-gateway providers against a loopback fake
// of the OpenAI API (node:http) and cassette files (node:fs), which workerd cannot host.
export default defineConfig({
  test: { name: "shared-node", environment: "node", include: ["src/**/*.node.test.ts"] },
});
