import { defineConfig } from "vitest/config";
import { workerdProject } from "../../test/setup/workerd-project.ts";

export default defineConfig(() => workerdProject({ name: "email", wranglerConfig: "workers/email/wrangler.toml" }));
