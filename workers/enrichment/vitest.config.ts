import path from "node:path";
import { defineConfig } from "vitest/config";
import { workerdProject } from "../../test/setup/workerd-project.ts";

export default defineConfig(async () => {
  const base = await workerdProject({ name: "enrichment", wranglerConfig: "workers/enrichment/wrangler.toml" });
  return { ...base, test: { ...base.test, globalSetup: [path.join(import.meta.dirname, "../../test/fakes/fixture-web.global-setup.ts")] } };
});
