import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { workerdProject } from "../../test/setup/workerd-project.ts";

// REPLY_TOKEN_SECRET is a secret in production; tests get a fixed one.
// CLASSIFY is bound to a small deterministic worker implementing the
// inbound_classify `/runs/wait` contract (the real classify worker would have
// to be bundled to run as an auxiliary worker); test/e2e/ checks the real hop.
// The mail-provider fakes run in Node (globalSetup) and are injected.
export default defineConfig(async () => {
  const base = await workerdProject({
    name: "email",
    wranglerConfig: "workers/email/wrangler.toml",
    miniflare: {
      bindings: { REPLY_TOKEN_SECRET: "test-reply-token-secret" },
      serviceBindings: { CLASSIFY: "inbound-classify-stub" },
      workers: [
        {
          name: "inbound-classify-stub",
          modules: true,
          scriptPath: path.join(import.meta.dirname, "test/classify-stub/worker.js"),
          compatibilityDate: "2026-08-01",
        },
      ],
    },
  });
  return {
    ...base,
    test: {
      ...base.test,
      // test/e2e/ needs the running fleet: the root e2e project runs it.
      exclude: [...configDefaults.exclude, "test/e2e/**"],
      globalSetup: [path.join(import.meta.dirname, "test/mail-providers.global-setup.ts")],
    },
  };
});
