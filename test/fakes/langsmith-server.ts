// A fake LangSmith API on loopback HTTP (Node only) that records the runs a
// client posts and patches, so a test can check how run trees nest without a
// network or a key. It tells clients to use the JSON batch endpoint.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, inflateSync } from "node:zlib";

/** One run create or update as the client sent it. */
export interface RecordedRun {
  readonly op: "post" | "patch";
  readonly id: string;
  readonly name?: string;
  readonly run_type?: string;
  readonly parent_run_id?: string | null;
  readonly trace_id?: string;
  readonly dotted_order?: string;
  readonly session_name?: string;
  readonly end_time?: unknown;
  readonly [key: string]: unknown;
}

export interface FakeLangSmith {
  readonly url: string;
  readonly runs: RecordedRun[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let raw = Buffer.concat(chunks);
  if (req.headers["content-encoding"] === "gzip") raw = gunzipSync(raw);
  if (req.headers["content-encoding"] === "deflate") raw = inflateSync(raw);
  return raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
}

/**
 * Starts the fake on 127.0.0.1 (ephemeral port). `GET /__runs` returns what
 * was recorded, for tests that cannot reach `runs` directly (workerd).
 *
 * @example
 * const ls = await startFakeLangSmith();
 * new Client({ apiUrl: ls.url, apiKey: "test" });
 */
export async function startFakeLangSmith(): Promise<FakeLangSmith> {
  const runs: RecordedRun[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    try {
      if (req.method === "GET" && url.pathname === "/info") return json(200, { version: "fake", batch_ingest_config: { use_multipart_endpoint: false } });
      if (req.method === "GET" && url.pathname === "/__runs") return json(200, runs);
      const body = (await bodyOf(req)) as Record<string, unknown> | undefined;
      if (req.method === "POST" && url.pathname === "/runs/batch") {
        for (const op of ["post", "patch"] as const) for (const run of (body?.[op] as RecordedRun[] | undefined) ?? []) runs.push({ ...run, op });
        return json(200, {});
      }
      if (req.method === "POST" && url.pathname === "/runs") return (runs.push({ ...(body as RecordedRun), op: "post" }), json(200, {}));
      if (req.method === "PATCH" && url.pathname.startsWith("/runs/")) return (runs.push({ ...(body as RecordedRun), id: url.pathname.slice(6), op: "patch" }), json(200, {}));
      return json(404, { detail: `fake LangSmith: no ${req.method} ${url.pathname}` });
    } catch (e) {
      return json(400, { detail: String(e) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, runs, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
