import type { RunnableConfig } from "@langchain/core/runnables";
import {
  type ChannelVersions,
  type Checkpoint,
  type CheckpointMetadata,
  ERROR,
  INTERRUPT,
  RESUME,
  uuid6,
} from "@langchain/langgraph-checkpoint";
import { env } from "cloudflare:workers";
import { CHECKPOINT_ROW_LABEL, D1Saver } from "./d1-saver.ts";
import { bindable, chunkRows, toBytes } from "./d1-values.ts";
import { CheckpointTooLargeError } from "./errors.ts";

const TABLES = ["checkpoint_writes", "checkpoint_blobs", "checkpoints"] as const;

beforeEach(async () => {
  await env.DB.batch(TABLES.map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
});

/** A D1Database that records its round trips and the parameters bound to each statement. */
interface D1Spy {
  db: D1Database;
  /** `db.batch()` calls. */
  batches: number;
  /** Statements run outside a batch, and `exec()` calls. */
  queries: number;
  /** Every statement bound, in order. */
  bound: { sql: string; params: unknown[] }[];
  reset(): void;
}

function spyOn(real: D1Database): D1Spy {
  const spy: D1Spy = {
    db: undefined as unknown as D1Database,
    batches: 0,
    queries: 0,
    bound: [],
    reset() {
      spy.batches = 0;
      spy.queries = 0;
      spy.bound = [];
    },
  };
  // Patched per instance, not proxied: batch() needs the real statement objects.
  const countRuns = (stmt: D1PreparedStatement, sql: string): D1PreparedStatement => {
    for (const method of ["run", "all", "first", "raw"] as const) {
      const original = stmt[method] as (...args: unknown[]) => unknown;
      Object.defineProperty(stmt, method, {
        value: (...args: unknown[]) => {
          spy.queries += 1;
          return original.apply(stmt, args);
        },
      });
    }
    const bind = stmt.bind;
    Object.defineProperty(stmt, "bind", {
      value: (...params: unknown[]) => {
        spy.bound.push({ sql, params });
        return countRuns(bind.apply(stmt, params), sql);
      },
    });
    return stmt;
  };
  spy.db = new Proxy(real, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => countRuns(target.prepare(sql), sql);
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) => {
          spy.batches += 1;
          return target.batch(statements);
        };
      }
      if (prop === "exec") {
        return (sql: string) => {
          spy.queries += 1;
          return target.exec(sql);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return spy;
}

const bytesBound = (spy: D1Spy): number =>
  spy.bound
    .flatMap((s) => s.params)
    .reduce<number>((n, p) => n + (p instanceof Uint8Array ? p.byteLength : typeof p === "string" ? p.length : 0), 0);

const meta = (extra: Record<string, unknown> = {}): CheckpointMetadata => ({ source: "loop", step: 0, parents: {}, ...extra });

const checkpoint = (values: Record<string, unknown>, versions: ChannelVersions): Checkpoint => ({
  v: 4,
  id: uuid6(-1),
  ts: new Date().toISOString(),
  channel_values: values,
  channel_versions: versions,
  versions_seen: {},
});

const countRows = async (table: string, threadId?: string): Promise<number> => {
  const where = threadId === undefined ? "" : " WHERE thread_id = ?";
  const stmt = env.DB.prepare(`SELECT count(*) AS n FROM ${table}${where}`);
  const row = await (threadId === undefined ? stmt : stmt.bind(threadId)).first<{ n: number }>();
  return row?.n ?? 0;
};

const thread = (id: string, ns = ""): RunnableConfig => ({ configurable: { thread_id: id, checkpoint_ns: ns } });

describe("D1Saver", () => {
  it("names the missing D1 binding when constructed without a database", () => {
    expect(() => new D1Saver(undefined as unknown as D1Database)).toThrow(/"DB" \[\[d1_databases\]\] binding/);
  });

  describe("round trips", () => {
    it("costs exactly one batch and no other query per put, putWrites, getTuple, list and deleteThread", async () => {
      const spy = spyOn(env.DB);
      const saver = new D1Saver(spy.db);

      const config = await saver.put(thread("t"), checkpoint({ a: 1, b: 2 }, { a: 1, b: 1 }), meta(), { a: 1, b: 1 });
      expect({ batches: spy.batches, queries: spy.queries }).toEqual({ batches: 1, queries: 0 });

      spy.reset();
      await saver.putWrites(config, [["a", 3], [INTERRUPT, "why"]], "task-1", "~path");
      expect({ batches: spy.batches, queries: spy.queries }).toEqual({ batches: 1, queries: 0 });

      spy.reset();
      const tuple = await saver.getTuple(thread("t"));
      expect(tuple?.checkpoint.channel_values).toEqual({ a: 1, b: 2 });
      expect({ batches: spy.batches, queries: spy.queries }).toEqual({ batches: 1, queries: 0 });

      spy.reset();
      const listed = [];
      for await (const t of saver.list({ configurable: {} }, { filter: { source: "loop" } })) listed.push(t);
      expect(listed).toHaveLength(1);
      expect({ batches: spy.batches, queries: spy.queries }).toEqual({ batches: 1, queries: 0 });

      spy.reset();
      await saver.deleteThread("t");
      expect({ batches: spy.batches, queries: spy.queries }).toEqual({ batches: 1, queries: 0 });
    });
  });

  describe("delta storage", () => {
    it("writes only the channels whose version changed, and reads the others from their stored version", async () => {
      const spy = spyOn(env.DB);
      const saver = new D1Saver(spy.db);
      const big = "x".repeat(50_000);

      const first = await saver.put(thread("t"), checkpoint({ big, small: 1 }, { big: 1, small: 1 }), meta(), {
        big: 1,
        small: 1,
      });
      const firstBytes = bytesBound(spy);
      spy.reset();

      const second = await saver.put(
        { configurable: { ...first.configurable } },
        checkpoint({ big, small: 2 }, { big: 1, small: 2 }),
        meta({ step: 1 }),
        { small: 2 },
      );
      const secondBytes = bytesBound(spy);

      expect(firstBytes).toBeGreaterThan(50_000);
      expect(secondBytes).toBeLessThan(2_000);
      expect(await countRows("checkpoint_blobs")).toBe(3);
      const bigRows = await env.DB.prepare("SELECT version FROM checkpoint_blobs WHERE channel = 'big'").all();
      expect(bigRows.results).toEqual([{ version: "1" }]);

      expect((await saver.getTuple(second))?.checkpoint.channel_values).toEqual({ big, small: 2 });
      expect((await saver.getTuple(first))?.checkpoint.channel_values).toEqual({ big, small: 1 });
    });

    it("reads a channel in newVersions but absent from the values as cleared", async () => {
      const saver = new D1Saver(env.DB);
      const first = await saver.put(thread("t"), checkpoint({ a: 1, b: 1 }, { a: 1, b: 1 }), meta(), { a: 1, b: 1 });
      const second = await saver.put(first, checkpoint({ a: 1 }, { a: 1, b: 2 }), meta(), { b: 2 });
      expect((await saver.getTuple(second))?.checkpoint.channel_values).toEqual({ a: 1 });
    });
  });

  describe("size limit", () => {
    it("refuses a blob over maxBlobBytes with a typed error, writing nothing", async () => {
      const spy = spyOn(env.DB);
      const saver = new D1Saver(spy.db, undefined, { maxBlobBytes: 1_000 });
      const put = saver.put(thread("t-big"), checkpoint({ ok: 1, huge: "y".repeat(2_000) }, { ok: 1, huge: 1 }), meta(), {
        ok: 1,
        huge: 1,
      });

      const error = await put.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CheckpointTooLargeError);
      expect(error).toMatchObject({
        name: "CheckpointTooLargeError",
        code: "checkpoint_too_large",
        threadId: "t-big",
        channel: "huge",
        bytes: 2_002,
        maxBytes: 1_000,
      });
      expect((error as Error).message).toMatch(/"huge".*"t-big".*2002 bytes/);
      expect(spy.batches).toBe(0);
      for (const table of TABLES) expect(await countRows(table)).toBe(0);
    });

    it("refuses by default a ~2 MB value that local D1 itself would accept", async () => {
      const twoMb = new Uint8Array(2_000_000);
      await env.DB.prepare(
        "INSERT INTO checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob) VALUES ('probe', '', 'c', '1', 'bytes', ?)",
      )
        .bind(twoMb)
        .run();
      expect(await countRows("checkpoint_blobs", "probe")).toBe(1);

      const saver = new D1Saver(env.DB);
      await expect(saver.put(thread("t"), checkpoint({ c: twoMb }, { c: 1 }), meta(), { c: 1 })).rejects.toThrow(
        CheckpointTooLargeError,
      );
      expect(await countRows("checkpoints")).toBe(0);
    });

    it("refuses an oversize pending write, and an oversize checkpoint row, writing nothing", async () => {
      const saver = new D1Saver(env.DB, undefined, { maxBlobBytes: 1_000 });
      const config = await saver.put(thread("t"), checkpoint({}, {}), meta(), {});

      await expect(saver.putWrites(config, [["small", 1], ["big", "z".repeat(2_000)]], "task")).rejects.toMatchObject({
        code: "checkpoint_too_large",
        channel: "big",
      });
      expect(await countRows("checkpoint_writes")).toBe(0);

      await expect(saver.put(config, checkpoint({}, {}), meta({ note: "n".repeat(2_000) }), {})).rejects.toMatchObject({
        code: "checkpoint_too_large",
        channel: CHECKPOINT_ROW_LABEL,
      });
      expect(await countRows("checkpoints")).toBe(1);
    });
  });

  describe("D1 realities", () => {
    it("turns BLOB columns D1 returns as number[] into bytes the serializer reads", async () => {
      const saver = new D1Saver(env.DB);
      const raw = new Uint8Array([0, 1, 127, 128, 255]);
      const config = await saver.put(thread("t"), checkpoint({ raw, obj: { k: "v" } }, { raw: 1, obj: 1 }), meta(), {
        raw: 1,
        obj: 1,
      });
      await saver.putWrites(config, [["raw", raw]], "task");

      const row = await env.DB.prepare("SELECT blob FROM checkpoint_blobs WHERE channel = 'raw'").first<{ blob: unknown }>();
      expect(Array.isArray(row?.blob)).toBe(true);

      const tuple = await saver.getTuple(config);
      expect(tuple?.checkpoint.channel_values.raw).toEqual(raw);
      expect(tuple?.checkpoint.channel_values.raw).toBeInstanceOf(Uint8Array);
      expect(tuple?.checkpoint.channel_values.obj).toEqual({ k: "v" });
      expect(tuple?.pendingWrites).toEqual([["task", "raw", raw]]);
      expect(toBytes([1, 2, 3])).toEqual(new Uint8Array([1, 2, 3]));
    });

    it("binds absent values (namespace, parent id, task path) as NULL or defaults, never undefined", async () => {
      expect(bindable([undefined, null, 0, ""])).toEqual([null, null, 0, ""]);
      const saver = new D1Saver(env.DB);
      const config = await saver.put({ configurable: { thread_id: "t" } }, checkpoint({ a: undefined }, { a: 1 }), meta(), {
        a: 1,
      });
      expect(config.configurable).toMatchObject({ thread_id: "t", checkpoint_ns: "" });
      await saver.putWrites({ configurable: { thread_id: "t", checkpoint_id: config.configurable?.checkpoint_id } }, [["a", undefined]], "task");

      const row = await env.DB.prepare("SELECT parent_checkpoint_id, checkpoint_ns FROM checkpoints").first();
      expect(row).toEqual({ parent_checkpoint_id: null, checkpoint_ns: "" });
      const write = await env.DB.prepare("SELECT task_path FROM checkpoint_writes").first();
      expect(write).toEqual({ task_path: "" });
      expect((await saver.getTuple(config))?.pendingWrites).toEqual([["task", "a", undefined]]);
    });

    it("chunks statements so none binds more than 100 parameters (120 changed channels, 40 writes)", async () => {
      const spy = spyOn(env.DB);
      const saver = new D1Saver(spy.db);
      const names = Array.from({ length: 120 }, (_, i) => `ch${i}`);
      const values = Object.fromEntries(names.map((n, i) => [n, i]));
      const versions = Object.fromEntries(names.map((n) => [n, 1]));

      const config = await saver.put(thread("t"), checkpoint(values, versions), meta(), versions);
      expect(spy.batches).toBe(1);
      expect(spy.bound.length).toBeGreaterThan(2);
      expect(Math.max(...spy.bound.map((s) => s.params.length))).toBeLessThanOrEqual(100);

      spy.reset();
      const writes = names.slice(0, 40).map((n, i): [string, unknown] => [n, i]);
      await saver.putWrites(config, writes, "task");
      expect(spy.batches).toBe(1);
      expect(spy.bound.length).toBeGreaterThan(1);
      expect(Math.max(...spy.bound.map((s) => s.params.length))).toBeLessThanOrEqual(100);

      const tuple = await saver.getTuple(config);
      expect(tuple?.checkpoint.channel_values).toEqual(values);
      expect(tuple?.pendingWrites).toEqual(writes.map(([c, v]) => ["task", c, v]));
      expect(chunkRows(Array.from({ length: 33 }), 6, 100).map((c) => c.length)).toEqual([16, 16, 1]);
    });
  });

  describe("pending writes", () => {
    it("returns writes in writesSortKey order: task path, then task id, then idx numerically", async () => {
      const saver = new D1Saver(env.DB);
      const config = await saver.put(thread("t"), checkpoint({}, {}), meta(), {});
      await saver.putWrites(config, [["c", "b-0"]], "task-b", "~__pregel_pull, 2");
      await saver.putWrites(config, [["c", "a-0"]], "task-a", "~__pregel_pull, 10");
      await saver.putWrites(
        config,
        Array.from({ length: 12 }, (_, i): [string, unknown] => ["c", `z-${i}`]),
        "task-z",
      );
      await saver.putWrites(config, [["c", "y-0"]], "task-y");

      const values = (await saver.getTuple(config))?.pendingWrites?.map(([, , v]) => v);
      expect(values).toEqual([
        "y-0",
        ...Array.from({ length: 12 }, (_, i) => `z-${i}`),
        "a-0",
        "b-0",
      ]);
    });

    it("replaces when every write is special, otherwise keeps what is stored", async () => {
      const saver = new D1Saver(env.DB);
      const config = await saver.put(thread("t"), checkpoint({}, {}), meta(), {});

      await saver.putWrites(config, [[INTERRUPT, "first"]], "task");
      await saver.putWrites(config, [[INTERRUPT, "second"], [RESUME, "yes"]], "task");
      await saver.putWrites(config, [["a", 1]], "task");
      await saver.putWrites(config, [["a", 2]], "task");
      await saver.putWrites(config, [[ERROR, "kept"]], "other");
      await saver.putWrites(config, [[ERROR, "mixed"], ["b", 1]], "other");

      const writes = (await saver.getTuple(config))?.pendingWrites;
      expect(writes).toEqual([
        ["other", ERROR, "kept"],
        ["other", "b", 1],
        ["task", RESUME, "yes"],
        ["task", INTERRUPT, "second"],
        ["task", "a", 1],
      ]);
    });

    it("requires thread_id and checkpoint_id, naming the field", async () => {
      const saver = new D1Saver(env.DB);
      await expect(saver.putWrites({ configurable: { checkpoint_id: "x" } }, [["a", 1]], "t")).rejects.toThrow(
        'Missing "thread_id" field in passed "config.configurable".',
      );
      await expect(saver.putWrites({ configurable: { thread_id: "x" } }, [["a", 1]], "t")).rejects.toThrow(
        'Missing "checkpoint_id" field in passed "config.configurable".',
      );
      await expect(saver.put({ configurable: {} }, checkpoint({}, {}), meta(), {})).rejects.toThrow(
        'Missing "thread_id" field in passed "config.configurable".',
      );
    });
  });

  describe("list", () => {
    const filterable = meta({
      "user.id": "u1",
      'quote"key': true,
      nested: { a: [1, 2], b: null },
      score: 0.5,
      none: null,
    });

    const listIds = async (saver: D1Saver, config: RunnableConfig, filter: Record<string, unknown>) => {
      const ids: string[] = [];
      for await (const t of saver.list(config, { filter })) ids.push(t.config.configurable?.thread_id as string);
      return ids;
    };

    it("filters on arbitrary metadata keys with JSON equality", async () => {
      const saver = new D1Saver(env.DB);
      await saver.put(thread("match"), checkpoint({}, {}), filterable, {});
      await saver.put(thread("other"), checkpoint({}, {}), meta({ step: 1 }), {});
      const all = { configurable: {} };

      expect(await listIds(saver, all, { "user.id": "u1" })).toEqual(["match"]);
      expect(await listIds(saver, all, { "user.id": "u2" })).toEqual([]);
      expect(await listIds(saver, all, { 'quote"key': true })).toEqual(["match"]);
      expect(await listIds(saver, all, { 'quote"key': 1 })).toEqual([]);
      expect(await listIds(saver, all, { nested: { a: [1, 2], b: null } })).toEqual(["match"]);
      expect(await listIds(saver, all, { nested: { a: [1] } })).toEqual([]);
      expect(await listIds(saver, all, { score: 0.5, step: 0 })).toEqual(["match"]);
      expect(await listIds(saver, all, { step: "0" })).toEqual([]);
      expect(await listIds(saver, all, { none: null })).toEqual(["match"]);
      expect(await listIds(saver, all, { missing: null })).toEqual([]);
      expect(await listIds(saver, all, { source: "loop", ignored: undefined })).toEqual(["other", "match"]);
      expect(await listIds(saver, thread("other"), { source: "loop" })).toEqual(["other"]);
    });

    it("lists across all threads newest first, honouring before and limit", async () => {
      const saver = new D1Saver(env.DB);
      const a = await saver.put(thread("a"), checkpoint({}, {}), meta(), {});
      const b = await saver.put(thread("b", "child"), checkpoint({}, {}), meta(), {});
      const c = await saver.put(thread("c"), checkpoint({}, {}), meta(), {});
      const ids = async (options: { before?: RunnableConfig; limit?: number }, config: RunnableConfig = { configurable: {} }) => {
        const out: unknown[] = [];
        for await (const t of saver.list(config, options)) out.push(t.config.configurable?.checkpoint_id);
        return out;
      };
      const id = (cfg: RunnableConfig) => cfg.configurable?.checkpoint_id;

      expect(await ids({})).toEqual([id(c), id(b), id(a)]);
      expect(await ids({ limit: 2 })).toEqual([id(c), id(b)]);
      expect(await ids({ before: c })).toEqual([id(b), id(a)]);
      expect(await ids({}, { configurable: { checkpoint_ns: "child" } })).toEqual([id(b)]);
    });
  });

  describe("deleteThread", () => {
    it("deletes the thread's checkpoints, blobs and writes and leaves other threads whole", async () => {
      const saver = new D1Saver(env.DB);
      for (const id of ["gone", "kept"]) {
        for (const ns of ["", "child"]) {
          const config = await saver.put(thread(id, ns), checkpoint({ a: id }, { a: 1 }), meta(), { a: 1 });
          await saver.putWrites(config, [["a", 1]], "task");
        }
      }

      await saver.deleteThread("gone");

      for (const table of TABLES) {
        expect(await countRows(table, "gone")).toBe(0);
        expect(await countRows(table, "kept")).toBe(2);
      }
      expect(await saver.getTuple(thread("gone"))).toBeUndefined();
      expect((await saver.getTuple(thread("kept", "child")))?.checkpoint.channel_values).toEqual({ a: "kept" });
    });
  });
});
