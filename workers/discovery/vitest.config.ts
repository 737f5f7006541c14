import path from "node:path";
import { defineConfig } from "vitest/config";
import { workerdProject } from "../../test/setup/workerd-project.ts";

export default defineConfig(async () => {
  const base = await workerdProject({
    name: "discovery",
    wranglerConfig: "workers/discovery/wrangler.toml",
    // The fixture web's own test runs here too: it checks what the crawler will see, from workerd.
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "../../test/fakes/fixture-web.test.ts"],
  });
  return { ...base, test: { ...base.test, globalSetup: [path.join(import.meta.dirname, "../../test/fakes/fixture-web.global-setup.ts")] } };
});
