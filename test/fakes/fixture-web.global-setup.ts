// Starts the loopback fixture web in the vitest (Node) process for a
// workerd project (discovery, enrichment); tests read its addresses with `inject("fixtureWeb")` and
// reach it with workerd's own outbound fetch, the code path production uses.
import type { TestProject } from "vitest/node";
import { startFixtureWeb, type FixtureWeb } from "./fixture-web.ts";

let web: FixtureWeb | undefined;

export async function setup(project: TestProject) {
  web = await startFixtureWeb();
  project.provide("fixtureWeb", { origin: web.origin, originTemplate: web.originTemplate, dohUrl: web.dohUrl });
}

export async function teardown() {
  await web?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    fixtureWeb: { origin: string; originTemplate: string; dohUrl: string };
  }
}
