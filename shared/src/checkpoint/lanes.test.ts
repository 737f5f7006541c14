import "../runtime/async-local-storage.ts";
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { type Checkpoint, INTERRUPT, uuid6 } from "@langchain/langgraph-checkpoint";
import { env } from "cloudflare:workers";
import { D1Saver } from "./d1-saver.ts";
import { BatchLanes, DEFAULT_LANE_LIMITS } from "./lanes.ts";

// Group commit (lanes.ts): a thread's overlapping calls share one db.batch().

const TABLES = ["checkpoint_writes", "checkpoint_blobs", "checkpoints"] as const;

beforeEach(async () => {
  await env.DB.batch(TABLES.map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
});

/** `db` with its batch() calls counted (and their sizes recorded). */
function countBatches(db: D1Database) {
  const seen = { batches: 0, sizes: [] as number[] };
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) => {
          seen.batches += 1;
          seen.sizes.push(statements.length);
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: proxy, seen };
}

const checkpoint = (values: Record<string, unknown>, versions: Record<string, number>): Checkpoint => ({
  v: 4,
  id: uuid6(-1),
  ts: new Date().toISOString(),
  channel_values: values,
  channel_versions: versions,
  versions_seen: {},
});

const meta = { source: "loop" as const, step: 0, parents: {} };

describe("BatchLanes", () => {
  it("merges a thread's overlapping put and putWrites calls into one batch, each getting its own outcome", async () => {
    const { db, seen } = countBatches(env.DB);
    const saver = new D1Saver(db);
    const config = await saver.put({ configurable: { thread_id: "t" } }, checkpoint({ a: 1 }, { a: 1 }), meta, { a: 1 });
    expect(seen.batches).toBe(1);

    // As LangGraph's loop does: a task's writes, then the next checkpoint, without awaiting.
    const calls = [
      saver.putWrites(config, [["a", 2]], "task-1"),
      saver.putWrites(config, [["b", 3]], "task-2"),
      saver.put(config, checkpoint({ a: 2 }, { a: 2 }), { ...meta, step: 1 }, { a: 2 }),
    ];
    const [, , next] = await Promise.all(calls);
    expect(seen.batches).toBe(2);
    expect(seen.sizes[1]).toBe(4); // two writes statements, a blob insert and the checkpoint upsert
    expect(saver.batchStats).toMatchObject({ batches: 2, calls: 4, merged: 1 });

    expect((await saver.getTuple(config))?.pendingWrites).toEqual([
      ["task-1", "a", 2],
      ["task-2", "b", 3],
    ]);
    expect((await saver.getTuple(next as { configurable: Record<string, unknown> }))?.checkpoint.channel_values).toEqual({ a: 2 });
  });

  it("keeps order within a merged batch: a later special write replaces an earlier one", async () => {
    const { db, seen } = countBatches(env.DB);
    const saver = new D1Saver(db);
    const config = await saver.put({ configurable: { thread_id: "t" } }, checkpoint({}, {}), meta, {});
    await Promise.all([
      saver.putWrites(config, [[INTERRUPT, "first"]], "task"),
      saver.putWrites(config, [[INTERRUPT, "second"]], "task"),
      saver.putWrites(config, [[INTERRUPT, "third"]], "task"),
    ]);
    expect(seen.sizes).toEqual([1, 3]); // the checkpoint upsert; then the three writes, in one batch
    expect((await saver.getTuple(config))?.pendingWrites).toEqual([["task", INTERRUPT, "third"]]);
  });

  it("never merges calls of different threads", async () => {
    const { db, seen } = countBatches(env.DB);
    const saver = new D1Saver(db);
    await Promise.all(
      ["t1", "t2", "t3"].map((id) => saver.put({ configurable: { thread_id: id } }, checkpoint({ a: id }, { a: 1 }), meta, { a: 1 })),
    );
    expect(seen.batches).toBe(3);
    expect(seen.sizes).toEqual([2, 2, 2]);
  });

  it("retries the calls of a failed merged batch one by one, so only the failing call fails", async () => {
    await env.DB.exec("CREATE TABLE IF NOT EXISTS lanes_probe (k TEXT PRIMARY KEY)");
    await env.DB.exec("DELETE FROM lanes_probe");
    const { db, seen } = countBatches(env.DB);
    const lanes = new BatchLanes(db);
    const insert = (k: string) => db.prepare("INSERT INTO lanes_probe (k) VALUES (?)").bind(k);
    await lanes.run("t", [insert("dup")]);

    const outcomes = await Promise.allSettled([
      lanes.run("t", [insert("a")]),
      lanes.run("t", [insert("b"), insert("dup")]), // fails: primary key taken
      lanes.run("t", [insert("c")]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    // One merged batch that failed whole, then each call alone.
    expect(seen.sizes).toEqual([1, 4, 1, 2, 1]);
    expect(lanes.stats).toMatchObject({ merged: 1, retried: 1 });
    const keys = await env.DB.prepare("SELECT k FROM lanes_probe ORDER BY k").all<{ k: string }>();
    expect(keys.results.map((r) => r.k)).toEqual(["a", "c", "dup"]); // "b" rolled back with its call
  });

  it("runs again, after staleMs, a call whose merged batch never comes back (its sender's request was cancelled)", async () => {
    let hang = true;
    const db = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === "batch") {
          return (statements: D1PreparedStatement[]) => {
            if (hang) {
              hang = false;
              return new Promise(() => {}); // as if the sending request's I/O was cancelled
            }
            return target.batch(statements);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const lanes = new BatchLanes(db, { ...DEFAULT_LANE_LIMITS, staleMs: 50 });
    void lanes.run("t", [db.prepare("SELECT 1 AS one")]);
    const merged = lanes.run("t", [db.prepare("SELECT 2 AS two")]); // joins the batch that hangs
    await new Promise((resolve) => setTimeout(resolve, 10));
    const queued = lanes.run("t", [db.prepare("SELECT 3 AS three")]); // waits behind it
    const [[two], [three]] = await Promise.all([merged, queued]);
    expect(two?.results).toEqual([{ two: 2 }]);
    expect(three?.results).toEqual([{ three: 3 }]);
    // The hung batch (two calls); then, restarted together, the two calls that waited on it.
    expect(lanes.stats).toMatchObject({ batches: 2, calls: 4, merged: 2, abandoned: 1 });
    // The lane works afterwards.
    const [again] = await lanes.run("t", [db.prepare("SELECT 4 AS four")]);
    expect(again?.results).toEqual([{ four: 4 }]);
  });

  it("makes about one round trip per step of a real graph, in both durability modes", async () => {
    const State = Annotation.Root({
      messages: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
      step: Annotation<number>,
    });
    for (const durability of ["async", "sync"] as const) {
      const { db, seen } = countBatches(env.DB);
      const saver = new D1Saver(db);
      const graph = new StateGraph(State)
        .addNode("work", async (s) => {
          await new Promise((resolve) => setTimeout(resolve, 2)); // I/O, as a model call would
          return { messages: [`m${s.step}`], step: (s.step ?? 0) + 1 };
        })
        .addEdge(START, "work")
        .addConditionalEdges("work", (s) => (s.step < 10 ? "work" : END))
        .compile({ checkpointer: saver });
      const out = await graph.invoke({ step: 0 }, { configurable: { thread_id: `g-${durability}` }, durability });
      expect(out.messages).toHaveLength(10);
      // getTuple, 12 puts (input, start, 10 steps) and 11 putWrites: unmerged, 24 round trips.
      expect(saver.batchStats.calls).toBe(24);
      expect(seen.batches).toBeLessThanOrEqual(14);
      const history = [];
      for await (const s of graph.getStateHistory({ configurable: { thread_id: `g-${durability}` } })) history.push(s.values.messages?.length ?? 0);
      expect(history).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0]);
    }
  });
});
