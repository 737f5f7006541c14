import { defineConfig } from "vitest/config";

// Deterministic evaluators over each graph's fixture dataset, on the offline
// provider. Model-judged evals are opt-in (EVAL=1) and not part of this project.
// Each `<graph>/eval.test.ts` is a `defineGraphEval` declaration (lib/); the
// site-reading graphs share live Workers started once per run (globalSetup).
export default defineConfig({
  test: {
    name: "evals",
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    // Eval files only declare tests: no mocks, globals or env they change, and
    // every run builds its own hub and store. Sharing one module graph per
    // worker imports LangGraph and the graphs once instead of once per file.
    isolate: false,
    globalSetup: ["lib/live-workers.global-setup.ts"],
  },
});
