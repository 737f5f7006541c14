import { defineConfig } from "vitest/config";

// Deterministic evaluators over each graph's fixture dataset, on the offline
// provider. Model-judged evals are opt-in (EVAL=1) and not part of this project.
export default defineConfig({
  test: { name: "evals", environment: "node", include: ["**/*.test.ts"], exclude: ["**/node_modules/**"] },
});
