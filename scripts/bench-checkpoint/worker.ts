// The benchmark's Worker (run in workerd by scripts/bench-checkpoint.ts): runs
// the workload with D1Saver or the public CloudflareD1Saver on a counted D1
// binding, and reports what each stored. Two databases on the same local D1,
// since both savers name a table `checkpoints`.
import "../../shared/src/runtime/async-local-storage.ts";
import { CloudflareD1Saver } from "langgraph-checkpoint-cloudflare-d1";
import { D1Saver } from "../../shared/src/checkpoint/index.ts";
import { D1Counter } from "./count-d1.ts";
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
}

/** CloudflareD1Saver with its (protected) table setup callable before measuring. */
class PublicD1Saver extends CloudflareD1Saver {
  override setup(): Promise<void> {
    return super.setup();
  }
}

const dbOf = (env: Env, saver: SaverName) => (saver === "D1Saver" ? env.DB : env.PUBLIC_DB);

async function run(env: Env, { saver, threadIds }: RunRequest) {
  const counter = new D1Counter();
  const db = counter.wrap(dbOf(env, saver));
  const checkpointer = saver === "D1Saver" ? new D1Saver(db) : new PublicD1Saver(db);
  // CloudflareD1Saver creates its tables on first use, once per instance (4 exec
  // round trips); done before counting, so both savers are measured warm.
  if (checkpointer instanceof PublicD1Saver) await checkpointer.setup();
  counter.reset();
  counter.instrument(checkpointer);
  const started = Date.now();
  await runThreads(checkpointer, threadIds);
  return { workerMs: Date.now() - started, counts: counter.counts };
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
