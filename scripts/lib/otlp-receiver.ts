// An OTLP/HTTP JSON trace receiver on loopback (Node): collects spans per
// trace and hands a trace over once it has been quiet for `settleMs` (the
// dispatcher and each worker export their part of a trace separately).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { parseOtlpJson, type SpanRecord } from "./otlp-json.ts";

export interface OtlpReceiverOptions {
  /** Default 4318, the OTLP/HTTP port; 0 picks a free one. */
  port?: number;
  /** A trace is complete once no span of it arrived for this long. Default 1000 ms. */
  settleMs?: number;
  onTrace?: (spans: SpanRecord[]) => void;
}

export interface OtlpReceiver {
  readonly url: string;
  /** Every span received so far. */
  readonly spans: SpanRecord[];
  close(): Promise<void>;
}

/**
 * Starts the receiver on 127.0.0.1. Only `POST /v1/traces` with a JSON body
 * is accepted (what `@microlabs/otel-cf-workers` sends); protobuf gets 415.
 *
 * @example
 * const rx = await startOtlpReceiver({ onTrace: (spans) => console.log(renderTrace(spans)) });
 */
export async function startOtlpReceiver(o: OtlpReceiverOptions = {}): Promise<OtlpReceiver> {
  const spans: SpanRecord[] = [];
  const pending = new Map<string, { spans: SpanRecord[]; timer: NodeJS.Timeout }>();
  const settle = (traceId: string) => {
    const t = pending.get(traceId);
    pending.delete(traceId);
    if (t) o.onTrace?.(t.spans);
  };
  const server: Server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url?.split("?")[0] !== "/v1/traces") return res.writeHead(404).end();
    if (!String(req.headers["content-type"] ?? "").includes("json")) return res.writeHead(415).end("JSON only");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let raw = Buffer.concat(chunks);
    if (req.headers["content-encoding"] === "gzip") raw = gunzipSync(raw);
    let received: SpanRecord[];
    try {
      received = parseOtlpJson(JSON.parse(raw.toString("utf8")));
    } catch {
      return res.writeHead(400).end("not OTLP JSON");
    }
    spans.push(...received);
    for (const s of received) {
      const t = pending.get(s.traceId) ?? { spans: [], timer: setTimeout(() => undefined, 0) };
      clearTimeout(t.timer);
      t.spans.push(s);
      t.timer = setTimeout(() => settle(s.traceId), o.settleMs ?? 1000);
      pending.set(s.traceId, t);
    }
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(o.port ?? 4318, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: () =>
      new Promise((resolve) => {
        for (const id of [...pending.keys()]) settle(id);
        server.close(() => resolve());
      }),
  };
}
