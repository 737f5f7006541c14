import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureFixtureWeb, migrateLocal, startFleet, type Fleet } from "../../scripts/lib/fleet.ts";

let fleet: Fleet | undefined;
let web: { close(): Promise<void> } | undefined;
let state: string | undefined;

/** Starts the fleet on its own port and fresh local D1, so a running `pnpm dev` is untouched. */
export async function setup(project: TestProject) {
  state = mkdtempSync(path.join(tmpdir(), "agentic-sales-e2e-"));
  const port = Number(process.env.E2E_PORT ?? 8797);
  migrateLocal({ port, persistTo: state });
  web = await ensureFixtureWeb();
  fleet = await startFleet({ port, persistTo: state });
  project.provide("fleetUrl", fleet.url);
}

export async function teardown() {
  await fleet?.stop();
  await web?.close();
  if (state) rmSync(state, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    fleetUrl: string;
  }
}
