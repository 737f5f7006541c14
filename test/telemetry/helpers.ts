import { exports } from "cloudflare:workers";
import type { SpanRecord } from "../../scripts/lib/otlp-json.ts";
import { TEST_TOKEN } from "./entry.ts";

/** A caller's W3C trace context: fixed trace id, the caller's own span id. */
export const callerContext = (traceId: string, spanId = "00f067aa0ba902b7") => ({ traceparent: `00-${traceId}-${spanId}-01` });

/** A fresh random trace id (the caller's SDK would mint one). */
export const newTraceId = () => crypto.randomUUID().replaceAll("-", "");

/** One request through the real dispatcher (ctx.exports loopback to the test entry). */
export function dispatcherFetch(path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${TEST_TOKEN}`);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  return (exports as unknown as { default: Fetcher }).default.fetch(`https://dispatcher.test${path}`, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}

type WireSpan = Omit<SpanRecord, "startNs" | "endNs"> & { startNs: string; endNs: string };

/** Spans the collector received for `traceId`, polling until `until` holds (export runs in waitUntil). */
export async function spansOf(traceId: string, until: (spans: SpanRecord[]) => boolean = (s) => s.length > 0, timeoutMs = 5000): Promise<SpanRecord[]> {
  const deadline = Date.now() + timeoutMs;
  let spans: SpanRecord[] = [];
  while (Date.now() < deadline) {
    const wire = (await (await fetch(`http://otlp.test/spans?trace=${traceId}`)).json()) as WireSpan[];
    spans = wire.map((s) => ({ ...s, startNs: BigInt(s.startNs), endNs: BigInt(s.endNs) }));
    if (until(spans)) return spans;
    await new Promise((r) => setTimeout(r, 50));
  }
  return spans;
}
