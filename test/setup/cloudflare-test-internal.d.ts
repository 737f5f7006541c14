// The one export of @cloudflare/vitest-plugin's internal runner module that
// test/setup/apply-migrations.ts uses (not part of the plugin's public types).
declare module "cloudflare:test-internal" {
  /** Waits for every `waitUntil` promise registered by handlers run in the test runtime. */
  export function waitForGlobalWaitUntil(): Promise<void>;
}
