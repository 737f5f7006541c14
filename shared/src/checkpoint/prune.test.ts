import type { RunnableConfig } from "@langchain/core/runnables";
import { type Checkpoint, uuid6 } from "@langchain/langgraph-checkpoint";
import { env } from "cloudflare:workers";
import { D1Saver } from "./d1-saver.ts";
import { MAX_PRUNE_BATCH, pruneFinishedThreads } from "./prune.ts";
import { MAX_BOUND_PARAMS } from "./sql.ts";

const TABLES = ["checkpoint_writes", "checkpoint_blobs", "checkpoints"] as const;
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse("2026-06-01T00:00:00.000Z");
const WEEK = 7 * DAY;
/** Before the cutoff (NOW − WEEK) and after it. */
const OLD = new Date(NOW - 30 * DAY).toISOString();
const RECENT = new Date(NOW - DAY).toISOString();

beforeEach(async () => {
  await env.DB.batch([...TABLES, "threads"].map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
});

type Status = "idle" | "busy" | "interrupted" | "error";

/**
 * A thread as D1Saver stores it: two checkpoints (one in a subgraph
 * namespace) with blobs and pending writes, its checkpoint rows dated
 * `checkpointsAt` (a list dates them in turn); and, unless `status` is null,
 * a threads row with that status last updated at `updatedAt`.
 */
async function seed(
  threadId: string,
  o: { status: Status | null; updatedAt?: string; checkpointsAt: string | [string, string] },
): Promise<void> {
  const saver = new D1Saver(env.DB);
  const checkpoint = (step: number): Checkpoint => ({
    v: 4,
    id: uuid6(-1),
    ts: new Date().toISOString(),
    channel_values: { messages: [`message ${step}`], step },
    channel_versions: { messages: step, step },
    versions_seen: {},
  });
  const configs: RunnableConfig[] = [];
  for (const [i, ns] of ["", "child:1"].entries()) {
    const config = await saver.put(
      { configurable: { thread_id: threadId, checkpoint_ns: ns } },
      checkpoint(i + 1),
      { source: "loop", step: i, parents: {} },
      { messages: i + 1, step: i + 1 },
    );
    await saver.putWrites(config, [["messages", ["next"]], ["step", i + 2]], `task-${i}`);
    configs.push(config);
  }
  const dates = typeof o.checkpointsAt === "string" ? [o.checkpointsAt, o.checkpointsAt] : o.checkpointsAt;
  await env.DB.batch(
    configs.map((c, i) =>
      env.DB.prepare("UPDATE checkpoints SET created_at = ? WHERE thread_id = ? AND checkpoint_id = ?").bind(
        dates[i],
        threadId,
        c.configurable?.checkpoint_id,
      ),
    ),
  );
  if (o.status !== null) {
    await env.DB.prepare(
      "INSERT INTO threads (thread_id, assistant_id, status, lease_expires, created_at, updated_at) VALUES (?, 'a', ?, ?, ?, ?)",
    )
      .bind(threadId, o.status, o.status === "busy" ? NOW + DAY : null, OLD, o.updatedAt ?? OLD)
      .run();
  }
}

/** Rows of a thread in each checkpoint table. */
async function rows(threadId: string): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = await env.DB.batch(
    TABLES.map((t) => env.DB.prepare(`SELECT count(*) AS n FROM ${t} WHERE thread_id = ?`).bind(threadId)),
  );
  return Object.fromEntries(TABLES.map((t, i) => [t, (counts[i]?.results[0] as { n: number }).n])) as Record<
    (typeof TABLES)[number],
    number
  >;
}

const SEEDED = { checkpoint_writes: 4, checkpoint_blobs: 4, checkpoints: 2 };
const GONE = { checkpoint_writes: 0, checkpoint_blobs: 0, checkpoints: 0 };

const prune = (db: D1Database = env.DB, more: { batchSize?: number; maxBatches?: number } = {}) =>
  pruneFinishedThreads(db, { olderThanMs: WEEK, now: NOW, ...more });

/** env.DB recording each batch() and the parameters bound to every statement. */
function spyOn(real: D1Database, beforeBatch?: () => Promise<unknown>) {
  const spy = { batches: 0, selects: 0, params: [] as number[] };
  const track = (stmt: D1PreparedStatement): D1PreparedStatement => {
    const bind = stmt.bind;
    Object.defineProperty(stmt, "bind", {
      value: (...params: unknown[]) => {
        spy.params.push(params.length);
        return track(bind.apply(stmt, params));
      },
    });
    const all = stmt.all;
    Object.defineProperty(stmt, "all", {
      value: (...args: unknown[]) => {
        spy.selects += 1;
        return (all as (...a: unknown[]) => unknown).apply(stmt, args);
      },
    });
    return stmt;
  };
  const db = new Proxy(real, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => track(target.prepare(sql));
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          spy.batches += 1;
          await beforeBatch?.();
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, spy };
}

describe("pruneFinishedThreads", () => {
  it("never prunes threads still waiting (interrupted or busy), however old", async () => {
    await seed("interrupted", { status: "interrupted", checkpointsAt: OLD });
    await seed("busy", { status: "busy", checkpointsAt: OLD });

    expect(await prune()).toBe(0);
    expect(await rows("interrupted")).toEqual(SEEDED);
    expect(await rows("busy")).toEqual(SEEDED);
  });

  it("prunes the checkpoints, blobs and writes of threads that finished (idle or error) before the cutoff, keeping their threads rows", async () => {
    await seed("idle-old", { status: "idle", checkpointsAt: OLD });
    await seed("error-old", { status: "error", checkpointsAt: OLD });
    expect(await rows("idle-old")).toEqual(SEEDED);

    expect(await prune()).toBe(2);
    expect(await rows("idle-old")).toEqual(GONE);
    expect(await rows("error-old")).toEqual(GONE);
    const threads = await env.DB.prepare("SELECT thread_id, status FROM threads ORDER BY thread_id").all();
    expect(threads.results).toEqual([
      { thread_id: "error-old", status: "error" },
      { thread_id: "idle-old", status: "idle" },
    ]);
    expect(await prune()).toBe(0);
  });

  it("keeps threads that finished after the cutoff, even with old checkpoints", async () => {
    await seed("idle-recent", { status: "idle", updatedAt: RECENT, checkpointsAt: OLD });
    await seed("error-recent", { status: "error", updatedAt: RECENT, checkpointsAt: [OLD, RECENT] });
    await seed("idle-old", { status: "idle", checkpointsAt: OLD });

    expect(await prune()).toBe(1);
    expect(await rows("idle-recent")).toEqual(SEEDED);
    expect(await rows("error-recent")).toEqual(SEEDED);
    expect(await rows("idle-old")).toEqual(GONE);
  });

  it("prunes threads without a threads row only once their newest checkpoint is older than the cutoff", async () => {
    await seed("orphan-old", { status: null, checkpointsAt: OLD });
    await seed("orphan-recent", { status: null, checkpointsAt: RECENT });
    await seed("orphan-mixed", { status: null, checkpointsAt: [OLD, RECENT] });

    expect(await prune()).toBe(1);
    expect(await rows("orphan-old")).toEqual(GONE);
    expect(await rows("orphan-recent")).toEqual(SEEDED);
    expect(await rows("orphan-mixed")).toEqual(SEEDED);
  });

  it("prunes in batches of batchSize threads, one batch() each", async () => {
    for (let i = 0; i < 5; i++) await seed(`idle-${i}`, { status: "idle", checkpointsAt: OLD });
    await seed("interrupted", { status: "interrupted", checkpointsAt: OLD });
    const { db, spy } = spyOn(env.DB);

    expect(await prune(db, { batchSize: 2 })).toBe(5);
    expect(spy.batches).toBe(3); // 2 + 2 + 1
    expect(spy.selects).toBe(3); // the last select found fewer than a batch: done
    expect(Math.max(...spy.params)).toBe(3); // cutoff + 2 ids
    for (let i = 0; i < 5; i++) expect(await rows(`idle-${i}`)).toEqual(GONE);
    expect(await rows("interrupted")).toEqual(SEEDED);
  });

  it(`binds at most ${MAX_BOUND_PARAMS} parameters per statement, whatever the number of threads`, async () => {
    const threads = 130;
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < threads; i++) {
      const id = `orphan-${String(i).padStart(3, "0")}`;
      statements.push(
        env.DB.prepare(
          "INSERT INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, checkpoint, metadata, created_at) VALUES (?, '', 'c1', '{}', '{}', ?)",
        ).bind(id, OLD),
        env.DB.prepare("INSERT INTO checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob) VALUES (?, '', 'a', '1', 'json', X'00')").bind(id),
        env.DB.prepare(
          "INSERT INTO checkpoint_writes (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, blob) VALUES (?, '', 'c1', 't', 0, 'a', 'json', X'00')",
        ).bind(id),
      );
    }
    await env.DB.batch(statements);
    const { db, spy } = spyOn(env.DB);

    expect(await prune(db)).toBe(threads);
    expect(spy.batches).toBe(Math.ceil(threads / MAX_PRUNE_BATCH));
    expect(Math.max(...spy.params)).toBe(MAX_BOUND_PARAMS);
    for (const t of TABLES) expect((await env.DB.prepare(`SELECT count(*) AS n FROM ${t}`).first<{ n: number }>())?.n).toBe(0);
  });

  it("stops after maxBatches", async () => {
    for (let i = 0; i < 3; i++) await seed(`idle-${i}`, { status: "idle", checkpointsAt: OLD });
    expect(await prune(env.DB, { batchSize: 1, maxBatches: 2 })).toBe(2);
    expect(await prune(env.DB, { batchSize: 1 })).toBe(1);
  });

  it("leaves a selected thread alone if it started a run before the delete", async () => {
    await seed("resumed", { status: "idle", checkpointsAt: OLD });
    await seed("idle-old", { status: "idle", checkpointsAt: OLD });
    const { db } = spyOn(env.DB, () =>
      env.DB.prepare("UPDATE threads SET status = 'busy', updated_at = ? WHERE thread_id = 'resumed'").bind(RECENT).run(),
    );

    expect(await prune(db)).toBe(1);
    expect(await rows("resumed")).toEqual(SEEDED);
    expect(await rows("idle-old")).toEqual(GONE);
  });

  it("refuses a batch size D1 could not bind, and a negative age", async () => {
    await expect(prune(env.DB, { batchSize: MAX_PRUNE_BATCH + 1 })).rejects.toThrow(/batchSize/);
    await expect(prune(env.DB, { batchSize: 0 })).rejects.toThrow(/batchSize/);
    await expect(pruneFinishedThreads(env.DB, { olderThanMs: -1 })).rejects.toThrow(/olderThanMs/);
  });
});
