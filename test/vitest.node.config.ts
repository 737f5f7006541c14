import { defineConfig } from "vitest/config";

// Node-side checks: generated files, bundle-independent script logic.
export default defineConfig({
  test: { name: "node", environment: "node", include: ["node/**/*.test.ts"] },
});
