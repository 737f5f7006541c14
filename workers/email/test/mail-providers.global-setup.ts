// Starts the mail-provider fakes (Gmail API, Microsoft Graph, Resend) in the
// vitest (Node) process for the email project; tests read the origin with
// `inject("mailProviders")` and reach it with workerd's own outbound fetch,
// the path production uses, by pointing the *_API_URL vars at it.
import type { TestProject } from "vitest/node";
import { startMailProviders, type MailProviders } from "../../../test/fakes/mail-providers.ts";

let fakes: MailProviders | undefined;

export async function setup(project: TestProject) {
  fakes = await startMailProviders();
  project.provide("mailProviders", { origin: fakes.origin });
}

export async function teardown() {
  await fakes?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    mailProviders: { origin: string };
  }
}
