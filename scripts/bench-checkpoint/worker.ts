// The benchmark's Worker (run in workerd by scripts/bench-checkpoint.ts): runs
// the workload with D1Saver or the public CloudflareD1Saver on a counted D1
// binding, and reports what each stored. Two databases on the same local D1,
// since both savers name a table `checkpoints`.
import "../../shared/src/runtime/async-local-storage.ts";
import { CloudflareD1Saver } from "langgraph-checkpoint-cloudflare-d1";
import { D1Saver } from "../../shared/src/checkpoint/index.ts";
import { MemorySaver } from "@langchain/langgraph";
import { D1Counter } from "./count-d1.ts";
import { type Profile, emptyProfile, profileD1, profileMethods, profileSerde } from "./profile.ts";
import { D1SAVER_SCHEMA, FLAT_SCHEMA, type Query, storageStats } from "./storage.ts";
import { runThreads } from "./workload.ts";

interface Env {
  /** D1Saver's database, with migrations/ applied. */
  DB: D1Database;
  /** CloudflareD1Saver's database, with the tables its setup() creates. */
  PUBLIC_DB: D1Database;
}

export const SAVERS = ["D1Saver", "CloudflareD1Saver"] as const;
export type SaverName = (typeof SAVERS)[number];

export interface RunRequest {
  saver: SaverName;
  threadIds: string[];
  /** Size of the appended messages (workload.ts); default MESSAGE_BYTES. */
  messageBytes?: number;
}

/** CloudflareD1Saver with its (protected) table setup callable before measuring. */
class PublicD1Saver extends CloudflareD1Saver {
  override setup(): Promise<void> {
    return super.setup();
  }
}

const dbOf = (env: Env, saver: SaverName) => (saver === "D1Saver" ? env.DB : env.PUBLIC_DB);

async function run(env: Env, { saver, threadIds, messageBytes }: RunRequest) {
  const counter = new D1Counter();
  const db = counter.wrap(dbOf(env, saver));
  const checkpointer = saver === "D1Saver" ? new D1Saver(db) : new PublicD1Saver(db);
  // CloudflareD1Saver creates its tables on first use, once per instance (4 exec
  // round trips); done before counting, so both savers are measured warm.
  if (checkpointer instanceof PublicD1Saver) await checkpointer.setup();
  counter.reset();
  counter.instrument(checkpointer);
  const started = performance.now();
  await runThreads(checkpointer, threadIds, messageBytes);
  const workerMs = performance.now() - started;
  // D1Saver's group commit: calls carried per batch (shared/src/checkpoint/lanes.ts).
  const lanes = checkpointer instanceof D1Saver ? { ...checkpointer.batchStats } : undefined;
  return { workerMs, counts: counter.counts, lanes };
}

export interface ProfileRequest {
  saver: SaverName | "MemorySaver";
  threadIds: string[];
  messageBytes?: number;
}

/** The workload with timers on the saver's serde, D1 calls and methods (see profile.ts); not the timed rounds. */
async function profileRun(env: Env, { saver, threadIds, messageBytes }: ProfileRequest) {
  const profile = emptyProfile();
  let checkpointer: D1Saver | PublicD1Saver | MemorySaver;
  if (saver === "MemorySaver") checkpointer = new MemorySaver();
  else {
    const db = profileD1(dbOf(env, saver), profile);
    checkpointer = saver === "D1Saver" ? new D1Saver(db) : new PublicD1Saver(db);
    if (checkpointer instanceof PublicD1Saver) await checkpointer.setup();
  }
  profileSerde(checkpointer.serde, profile);
  profileMethods(checkpointer, profile);
  const started = performance.now();
  await runThreads(checkpointer, threadIds, messageBytes);
  return { workerMs: performance.now() - started, profile } satisfies { workerMs: number; profile: Profile };
}

type PutArgs = Parameters<D1Saver["put"]>;

/** MemorySaver recording the arguments of each put (plain data, copied). */
class RecordingSaver extends MemorySaver {
  readonly puts: PutArgs[] = [];
  // MemorySaver's put declares 3 parameters; LangGraph passes newVersions as the 4th.
  override put(...args: Parameters<MemorySaver["put"]>) {
    const [config, checkpoint, metadata, newVersions] = args as unknown as PutArgs;
    const { thread_id, checkpoint_ns, checkpoint_id } = config.configurable ?? {};
    this.puts.push([
      { configurable: { thread_id, checkpoint_ns, checkpoint_id } },
      structuredClone(checkpoint),
      structuredClone(metadata),
      structuredClone(newVersions),
    ]);
    return super.put(config, checkpoint, metadata);
  }
}

/**
 * The floor LangGraph sets: it calls each put only after the previous one
 * resolved, so a thread costs at least its puts, one after another. Replays
 * one workload thread's puts alone, in order, on fresh threads, alternating
 * savers; returns ms per put, the median over threads (robust to a busy
 * machine's spikes).
 */
async function putFloor(env: Env, { threads }: { threads: number }) {
  const recorder = new RecordingSaver();
  await runThreads(recorder, ["recorded"]);
  const savers = { D1Saver: new D1Saver(env.DB), CloudflareD1Saver: new PublicD1Saver(env.PUBLIC_DB) };
  await savers.CloudflareD1Saver.setup();
  const perThread: Record<SaverName, number[]> = { D1Saver: [], CloudflareD1Saver: [] };
  const tag = crypto.randomUUID();
  for (let t = 0; t < threads; t++) {
    for (const name of t % 2 ? SAVERS.toReversed() : SAVERS) {
      const thread_id = `floor-${tag}-${t}`;
      const started = performance.now();
      for (const [config, checkpoint, metadata, newVersions] of recorder.puts) {
        await savers[name].put({ configurable: { ...config.configurable, thread_id } }, checkpoint, metadata, newVersions);
      }
      perThread[name].push((performance.now() - started) / recorder.puts.length);
    }
  }
  const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1]!;
  return { putsPerThread: recorder.puts.length, msPerPut: { D1Saver: median(perThread.D1Saver), CloudflareD1Saver: median(perThread.CloudflareD1Saver) } };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    try {
      if (pathname === "/setup") {
        const { statements } = (await request.json()) as { statements: string[] };
        await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
        await new PublicD1Saver(env.PUBLIC_DB).setup();
        return Response.json({ ok: true });
      }
      if (pathname === "/put-floor") return Response.json(await putFloor(env, (await request.json()) as { threads: number }));
      if (pathname === "/profile") return Response.json(await profileRun(env, (await request.json()) as ProfileRequest));
      if (pathname === "/run") return Response.json(await run(env, (await request.json()) as RunRequest));
      if (pathname === "/stats") {
        const { saver, threadLike } = (await request.json()) as { saver: SaverName; threadLike: string };
        const db = dbOf(env, saver);
        const query: Query = async (sql, params) => (await db.prepare(sql).bind(...params).all()).results;
        return Response.json(await storageStats(query, saver === "D1Saver" ? D1SAVER_SCHEMA : FLAT_SCHEMA, threadLike));
      }
      return new Response("not found", { status: 404 });
    } catch (error) {
      return new Response(error instanceof Error ? (error.stack ?? error.message) : String(error), { status: 500 });
    }
  },
};
