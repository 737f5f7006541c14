import type { RunnableConfig } from "@langchain/core/runnables";
import { type Checkpoint, type CheckpointMetadata, uuid6 } from "@langchain/langgraph-checkpoint";
import { env } from "cloudflare:workers";
import { D1Saver } from "./d1-saver.ts";
import { CheckpointTooLargeError } from "./errors.ts";
import { pruneFinishedThreads } from "./prune.ts";

// Append-only storage of list channels (list-segments.ts, migrations/0007).

const TABLES = ["checkpoint_writes", "checkpoint_blobs", "checkpoints"] as const;

beforeEach(async () => {
  await env.DB.batch([...TABLES, "threads"].map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
});

interface Message {
  role: string;
  content: string;
}

/** Message `n`, about `size` bytes of JSON. */
const message = (n: number, size = 500): Message => ({ role: "assistant", content: `#${n} ${"x".repeat(size - 40)}` });

const meta = (step: number): CheckpointMetadata => ({ source: "loop", step, parents: {} });

/** A LangGraph-like thread: each step bumps the versions of the channels it changes, like the loop does. */
class Thread {
  config: RunnableConfig;
  versions: Record<string, number> = {};
  values: Record<string, unknown> = {};
  step = 0;
  configs: RunnableConfig[] = [];

  constructor(
    public saver: D1Saver,
    readonly id = "t",
    ns = "",
  ) {
    this.config = { configurable: { thread_id: id, checkpoint_ns: ns } };
  }

  /** Puts a checkpoint where `changes` replaced those channels' values. */
  async put(changes: Record<string, unknown>): Promise<RunnableConfig> {
    const max = Math.max(0, ...Object.values(this.versions));
    const newVersions = Object.fromEntries(Object.keys(changes).map((c) => [c, max + 1]));
    Object.assign(this.values, changes);
    Object.assign(this.versions, newVersions);
    const checkpoint: Checkpoint = {
      v: 4,
      id: uuid6(-1),
      ts: new Date().toISOString(),
      channel_values: { ...this.values },
      channel_versions: { ...this.versions },
      versions_seen: {},
    };
    this.config = await this.saver.put(this.config, checkpoint, meta(this.step++), newVersions);
    this.configs.push(this.config);
    return this.config;
  }
}

interface BlobInfo {
  version: string;
  base_version: string | null;
  depth: number;
  bytes: number;
}

const blobsOf = async (channel: string, threadId = "t"): Promise<BlobInfo[]> =>
  (
    await env.DB.prepare(
      `SELECT version, base_version, depth, length(CAST(blob AS BLOB)) AS bytes FROM checkpoint_blobs
       WHERE thread_id = ? AND channel = ? ORDER BY CAST(version AS INTEGER)`,
    )
      .bind(threadId, channel)
      .all<BlobInfo>()
  ).results;

const countRows = async (table: string, threadId: string): Promise<number> =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE thread_id = ?`).bind(threadId).first<{ n: number }>())!.n;

const valuesAt = async (saver: D1Saver, config: RunnableConfig) => (await saver.getTuple(config))?.checkpoint.channel_values;

/** A D1Database recording the parameters bound to each checkpoint_blobs insert. */
function recordBlobInserts(db: D1Database): { db: D1Database; bound: unknown[][] } {
  const bound: unknown[][] = [];
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") {
        return (sql: string) => {
          const stmt = target.prepare(sql);
          if (!sql.startsWith("INSERT INTO checkpoint_blobs")) return stmt;
          const bind = stmt.bind;
          // Patched on the instance: batch() needs the real statement objects.
          Object.defineProperty(stmt, "bind", {
            value: (...params: unknown[]) => {
              bound.push(params);
              return bind.apply(stmt, params);
            },
          });
          return stmt;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: proxy, bound };
}

const byteLength = (params: unknown[]): number =>
  params.reduce<number>(
    (n, p) => n + (p instanceof Uint8Array ? p.byteLength : typeof p === "string" ? new TextEncoder().encode(p).byteLength : 0),
    0,
  );

describe("append-only list channels", () => {
  it("stores only the appended items: bytes written per put stay constant while the list grows", async () => {
    const { db, bound } = recordBlobInserts(env.DB);
    const thread = new Thread(new D1Saver(db));
    const messages: Message[] = [];
    const written: number[] = [];
    for (let i = 0; i < 30; i++) {
      messages.push(message(i));
      bound.length = 0;
      await thread.put({ messages: [...messages], step: i });
      written.push(byteLength(bound.flat()));
    }
    // Step 0 stores the first list whole, and so does step 17 (a snapshot after 16 segments);
    // every other step one ~500-byte message, plus the small "step" and the statement's keys.
    const segments = written.filter((_, i) => i !== 0 && i !== 17);
    expect(Math.max(...segments) - Math.min(...segments)).toBeLessThan(40);
    expect(Math.max(...segments)).toBeLessThan(700);
    expect(written[17]).toBeGreaterThan(17 * 500);
    // Without segments the last put alone would write the whole list: 30 messages.
    expect(JSON.stringify(messages).length).toBeGreaterThan(14_000);

    const rows = await blobsOf("messages");
    expect(rows.map((r) => r.depth)).toEqual([...Array(17).keys(), ...Array(13).keys()]);
    expect(Math.max(...rows.filter((r) => r.depth > 0).map((r) => r.bytes))).toBeLessThan(520);
    expect((await valuesAt(thread.saver, thread.config))?.messages).toEqual(messages);
  });

  it("writes a full snapshot every snapshotEvery segments, so reads take at most that many + 1 rows", async () => {
    const thread = new Thread(new D1Saver(env.DB, undefined, { snapshotEvery: 4 }));
    const messages: Message[] = [];
    for (let i = 0; i < 12; i++) {
      messages.push(message(i, 100));
      await thread.put({ messages: [...messages] });
    }
    const rows = await blobsOf("messages");
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1]);
    // A snapshot holds the whole list and names no base; a segment names the version before it.
    rows.forEach((r, i) => expect(r.base_version).toBe(r.depth === 0 ? null : rows[i - 1]!.version));
    expect(rows[5]!.bytes).toBeGreaterThan(5 * 100);
    expect(rows[6]!.bytes).toBeLessThan(110);
    for (const [i, config] of thread.configs.entries()) {
      expect((await valuesAt(thread.saver, config))?.messages).toEqual(messages.slice(0, i + 1));
    }
  });

  it("reads back every checkpoint's list equal to the full value across 50 steps (getTuple and list)", async () => {
    const thread = new Thread(new D1Saver(env.DB, undefined, { snapshotEvery: 16 }));
    const lists: unknown[][] = [];
    const list: unknown[] = [];
    for (let i = 0; i < 50; i++) {
      // Varied items: objects, strings with escapes and non-ASCII, numbers, nested arrays, null.
      list.push(i % 5 === 0 ? { n: i, quote: 'say "hi"\n', nested: [i, [i]] } : i % 5 === 1 ? `é ${i} 🎉` : i % 5 === 2 ? i / 3 : i % 5 === 3 ? [i] : null);
      lists.push([...list]);
      await thread.put({ log: [...list], counter: i });
    }
    for (const [i, config] of thread.configs.entries()) {
      expect(await valuesAt(thread.saver, config)).toEqual({ log: lists[i], counter: i });
    }
    const listed = [];
    for await (const tuple of thread.saver.list({ configurable: { thread_id: "t" } })) listed.push(tuple.checkpoint.channel_values.log);
    expect(listed).toEqual([...lists].reverse());
    const depths = (await blobsOf("log")).map((r) => r.depth);
    expect(Math.max(...depths)).toBe(16);
  });

  it("stores a non-prefix change whole: a removed, replaced, reordered or in-place-edited item", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    const a = { id: "a", text: "first" };
    const b = { id: "b", text: "second" };
    const c = { id: "c", text: "third" };
    await thread.put({ items: [a] });
    await thread.put({ items: [a, b] });
    await thread.put({ items: [a, b, c] });
    await thread.put({ items: [a, c] }); // removed
    await thread.put({ items: [a, { id: "x", text: "replaced" }] }); // replaced
    await thread.put({ items: [{ id: "x", text: "replaced" }, a] }); // reordered
    await thread.put({ items: [{ id: "x", text: "replaced" }, a, b] }); // grew again: a segment
    b.text = "edited in place"; // same object, new content: compared by bytes, so not an extension
    await thread.put({ items: [{ id: "x", text: "replaced" }, a, b, c] });
    await thread.put({ items: [] });

    expect((await blobsOf("items")).map((r) => r.depth)).toEqual([0, 1, 2, 0, 0, 0, 1, 0, 0]);
    const expected = [
      [a],
      [a, { id: "b", text: "second" }],
      [a, { id: "b", text: "second" }, c],
      [a, c],
      [a, { id: "x", text: "replaced" }],
      [{ id: "x", text: "replaced" }, a],
      [{ id: "x", text: "replaced" }, a, { id: "b", text: "second" }],
      [{ id: "x", text: "replaced" }, a, { id: "b", text: "edited in place" }, c],
      [],
    ];
    for (const [i, config] of thread.configs.entries()) expect((await valuesAt(thread.saver, config))?.items).toEqual(expected[i]);
  });

  it("stores non-list channels, and lists of values the serializer does not write as JSON, whole", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    await thread.put({ text: "a", bytes: new Uint8Array([1]), map: { k: [1] } });
    await thread.put({ text: "ab", bytes: new Uint8Array([1, 2]), map: { k: [1, 2] } });
    for (const channel of ["text", "bytes", "map"]) expect((await blobsOf(channel)).map((r) => r.depth)).toEqual([0, 0]);
    expect(await valuesAt(thread.saver, thread.config)).toEqual({ text: "ab", bytes: new Uint8Array([1, 2]), map: { k: [1, 2] } });
  });

  it("stores lists whole with snapshotEvery 0", async () => {
    const thread = new Thread(new D1Saver(env.DB, undefined, { snapshotEvery: 0 }));
    for (let i = 1; i <= 3; i++) await thread.put({ messages: Array.from({ length: i }, (_, j) => message(j, 100)) });
    expect((await blobsOf("messages")).map((r) => [r.depth, r.base_version])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  it("falls back to a snapshot on a cache miss (a new saver mid-thread), and resumes segments after getTuple", async () => {
    const messages = [message(0), message(1)];
    const first = new Thread(new D1Saver(env.DB));
    await first.put({ messages: messages.slice(0, 1) });
    await first.put({ messages: [...messages] });

    // Another isolate: an empty cache, so the next list is stored whole.
    first.saver = new D1Saver(env.DB);
    messages.push(message(2));
    await first.put({ messages: [...messages] });
    // A third isolate that reads the thread first (as a run starting does) extends what it read.
    first.saver = new D1Saver(env.DB);
    expect((await first.saver.getTuple({ configurable: { thread_id: "t" } }))?.checkpoint.channel_values.messages).toEqual(messages);
    messages.push(message(3));
    await first.put({ messages: [...messages] });

    expect((await blobsOf("messages")).map((r) => r.depth)).toEqual([0, 1, 0, 1]);
    for (const [i, config] of first.configs.entries()) {
      expect((await valuesAt(new D1Saver(env.DB), config))?.messages).toEqual(messages.slice(0, i + 1));
    }
  });

  it("stores whole when the cached base was deleted meanwhile (another isolate deleted or pruned the thread)", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    await thread.put({ messages: [message(0)] });
    await thread.put({ messages: [message(0), message(1)] });
    await new D1Saver(env.DB).deleteThread("t"); // this saver's cache still names version 2
    thread.config = { configurable: { thread_id: "t", checkpoint_ns: "" } };
    thread.configs = [];
    const batches = thread.saver.batchStats.batches;
    await thread.put({ messages: [message(0), message(1), message(2)] });
    expect(thread.saver.batchStats.batches - batches).toBe(2); // the segment's insert refused, then a snapshot

    expect((await blobsOf("messages")).map((r) => [r.depth, r.base_version])).toEqual([[0, null]]);
    expect((await valuesAt(thread.saver, thread.config))?.messages).toEqual([message(0), message(1), message(2)]);
    // ... and the next step is a segment again.
    await thread.put({ messages: [message(0), message(1), message(2), message(3)] });
    expect((await blobsOf("messages")).map((r) => r.depth)).toEqual([0, 1]);
  });

  it("does not extend a stale base: the thread was deleted and re-created with other values at the same versions", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    await thread.put({ messages: ["a"] });
    await thread.put({ messages: ["a", "b"] }); // this saver's cache: messages v2 = [a, b]
    const other = new D1Saver(env.DB); // another isolate
    await other.deleteThread("t");
    const again = new Thread(other);
    await again.put({ messages: ["a"] });
    await again.put({ messages: ["a", "x"] }); // messages v2 again, other content

    thread.config = again.config;
    const batches = thread.saver.batchStats.batches;
    await thread.put({ messages: ["a", "b", "c"] }); // v3: extends the cached [a, b], not what v2 now holds
    expect(thread.saver.batchStats.batches - batches).toBe(2); // the segment's insert refused, then a snapshot
    expect((await valuesAt(thread.saver, thread.config))?.messages).toEqual(["a", "b", "c"]);
    expect((await blobsOf("messages")).map((r) => [r.version, r.depth])).toEqual([
      ["1", 0],
      ["2", 1],
      ["3", 0],
    ]);
  });

  it("does not extend a version another branch of a fork wrote first", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    const root = await thread.put({ messages: ["a"] });
    const left = await thread.put({ messages: ["a", "b"] }); // messages v2 = [a, b]
    // A fork from root: integer versions collide, so messages v2 is already stored (as [a, b]).
    thread.config = root;
    thread.versions = { messages: 1 };
    await thread.put({ messages: ["a", "c"] });
    await thread.put({ messages: ["a", "c", "d"] }); // must not become [a, b] + [d]
    expect((await valuesAt(thread.saver, thread.config))?.messages).toEqual(["a", "c", "d"]);
    expect((await valuesAt(thread.saver, left))?.messages).toEqual(["a", "b"]);
  });

  it("keeps lists of different threads, namespaces and channels apart", async () => {
    const saver = new D1Saver(env.DB);
    const threads = [new Thread(saver, "t1"), new Thread(saver, "t2"), new Thread(saver, "t1", "child:1")];
    for (let i = 1; i <= 4; i++) {
      for (const [j, t] of threads.entries()) await t.put({ a: Array.from({ length: i }, (_, k) => `${j}a${k}`), b: Array.from({ length: i }, (_, k) => `${j}b${k}`) });
    }
    for (const [j, t] of threads.entries()) {
      expect(await valuesAt(saver, t.config)).toEqual({
        a: Array.from({ length: 4 }, (_, k) => `${j}a${k}`),
        b: Array.from({ length: 4 }, (_, k) => `${j}b${k}`),
      });
    }
    expect((await blobsOf("a", "t1")).map((r) => r.depth)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it("refuses a list whose whole value exceeds maxBlobBytes, though its segment would fit", async () => {
    const thread = new Thread(new D1Saver(env.DB, undefined, { maxBlobBytes: 1_200 }));
    await thread.put({ messages: [message(0)] });
    await thread.put({ messages: [message(0), message(1)] });
    const error = await thread.put({ messages: [message(0), message(1), message(2)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckpointTooLargeError);
    expect(error).toMatchObject({ channel: "messages" });
    expect((await blobsOf("messages")).length).toBe(2);
  });

  it("deleteThread and retention pruning remove segments with the rest of the thread", async () => {
    const saver = new D1Saver(env.DB);
    for (const id of ["gone", "pruned", "kept"]) {
      const thread = new Thread(saver, id);
      for (let i = 1; i <= 5; i++) await thread.put({ messages: Array.from({ length: i }, (_, j) => message(j, 100)) });
    }
    expect((await blobsOf("messages", "gone")).filter((r) => r.base_version !== null)).toHaveLength(4);

    await saver.deleteThread("gone");
    await env.DB.prepare("UPDATE checkpoints SET created_at = '2000-01-01T00:00:00.000Z' WHERE thread_id = 'pruned'").run();
    expect(await pruneFinishedThreads(env.DB, { olderThanMs: 24 * 60 * 60 * 1000 })).toBe(1);

    for (const table of TABLES) {
      expect(await countRows(table, "gone")).toBe(0);
      expect(await countRows(table, "pruned")).toBe(0);
    }
    expect(await countRows("checkpoint_blobs", "kept")).toBe(5);
    expect((await valuesAt(saver, { configurable: { thread_id: "kept" } }))?.messages).toHaveLength(5);
  });

  it("fails loudly, not with a short list, if a segment's base row is missing", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    await thread.put({ messages: ["a"] });
    await thread.put({ messages: ["a", "b"] });
    await env.DB.prepare("DELETE FROM checkpoint_blobs WHERE channel = 'messages' AND version = '1'").run();
    await expect(thread.saver.getTuple(thread.config)).rejects.toThrow(/list segment whose base \(version 1\) is missing/);
  });

  it("stores JSON as TEXT and bytes as BLOB", async () => {
    const thread = new Thread(new D1Saver(env.DB));
    await thread.put({ json: { a: "é" }, raw: new Uint8Array([0, 255]) });
    const rows = await env.DB.prepare("SELECT channel, typeof(blob) AS t FROM checkpoint_blobs ORDER BY channel").all();
    expect(rows.results).toEqual([
      { channel: "json", t: "text" },
      { channel: "raw", t: "blob" },
    ]);
    expect(await valuesAt(thread.saver, thread.config)).toEqual({ json: { a: "é" }, raw: new Uint8Array([0, 255]) });
  });
});
