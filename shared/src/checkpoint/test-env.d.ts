// Bindings the shared vitest project (shared/vitest.config.ts) gives tests.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: D1Migration[];
  }
}
