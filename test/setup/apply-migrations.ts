import { reset } from "cloudflare:test";
// Internal to @cloudflare/vitest-plugin (pinned): the waitUntil promises of
// handlers run through SELF / ctx.exports, which nothing else awaits.
import { waitForGlobalWaitUntil } from "cloudflare:test-internal";
import { env } from "cloudflare:workers";

// Runs before every test file in workerd: each file starts from empty storage
// with the D1 migrations applied.
//
// The Worker projects run their files one after another in one runtime
// (`isolate: false`, see workerd-project.ts) instead of starting a runtime and
// re-importing the Worker for every file, so storage is isolated here instead
// (in a project that still starts a runtime per file, this finds it empty):
//  1. let the previous file's background work (ctx.waitUntil of its requests)
//     finish against the previous file's storage, so none of it lands in this
//     file's; a failure of it belongs to that file and is only reported;
//  2. `reset()` deletes all data of every binding (D1 included); workerd logs
//     "Application called deleteAllDurableObjects()" when this aborts a storage
//     object the previous file left busy (e.g. an unread Cache API body);
//  3. apply the migrations.
try {
  await waitForGlobalWaitUntil();
} catch (error) {
  console.warn("[setup] background work of the previous test file failed:", error);
}
await reset();

// Same bookkeeping as `applyD1Migrations` from "cloudflare:test" (a
// `d1_migrations` row per migration, pending ones only), but all pending
// migrations in one batch: one round trip and transaction instead of one per
// migration.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS d1_migrations (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`;

const db = env.DB;
const [, applied] = await db.batch<{ name: string }>([
  db.prepare(MIGRATIONS_TABLE),
  db.prepare("SELECT name FROM d1_migrations"),
]);
const done = new Set(applied?.results.map((row) => row.name));
const migrations: { name: string; queries: string[] }[] = env.TEST_MIGRATIONS;
const pending = migrations.filter((migration) => !done.has(migration.name));
if (pending.length > 0) {
  const record = db.prepare("INSERT INTO d1_migrations (name) VALUES (?)");
  await db.batch(
    pending.flatMap((migration) => [...migration.queries.map((query) => db.prepare(query)), record.bind(migration.name)]),
  );
}
