import path from "node:path";
import { defineConfig } from "vitest/config";
import { workerdProject } from "../test/setup/workerd-project.ts";

const PREFIXES = ["EMAIL", "ENRICHMENT", "CLASSIFY", "DISCOVERY"];

// Every home binding (and an alternate "canary" binding) points at the probe
// worker: a real service-binding hop whose answers show what crossed it.
export default defineConfig(() =>
  workerdProject({
    name: "dispatcher",
    wranglerConfig: "wrangler.toml",
    miniflare: {
      serviceBindings: Object.fromEntries([...PREFIXES, "CANARY_PROBE"].map((p) => [p, "probe"])),
      workers: [
        {
          name: "probe",
          modules: true,
          scriptPath: path.join(import.meta.dirname, "test/probe-worker.js"),
          modulesRoot: path.join(import.meta.dirname, "test"),
          compatibilityDate: "2026-08-01",
        },
      ],
    },
  }),
);
