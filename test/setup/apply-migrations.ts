import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Idempotent: each test file gets isolated storage, so migrations run per file.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
