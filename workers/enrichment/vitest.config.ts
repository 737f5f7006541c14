import { defineConfig } from "vitest/config";
import { workerdProject } from "../../test/setup/workerd-project.ts";

export default defineConfig(() => workerdProject({ name: "enrichment", wranglerConfig: "workers/enrichment/wrangler.toml" }));
