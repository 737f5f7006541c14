/**
 * OTLP/HTTP JSON trace payloads (what `@microlabs/otel-cf-workers` and every
 * OTel SDK post to `/v1/traces`) as flat span records, and the span tree an
 * operator reads. Pure: the receiver script and the tests share it.
 */

export type AttrValue = string | number | boolean | null;

export interface SpanRecord {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly name: string;
  readonly service: string;
  readonly startNs: bigint;
  readonly endNs: bigint;
  /** 0 unset, 1 ok, 2 error (OTLP StatusCode). */
  readonly status: number;
  readonly traceState: string;
  readonly attributes: Readonly<Record<string, AttrValue>>;
  readonly events: readonly { name: string; attributes: Readonly<Record<string, AttrValue>> }[];
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpKeyValue {
  key: string;
  value?: OtlpValue;
}

const valueOf = (v: OtlpValue | undefined): AttrValue =>
  v?.stringValue ?? (v?.intValue !== undefined ? Number(v.intValue) : undefined) ?? v?.doubleValue ?? v?.boolValue ?? null;

const attrsOf = (kvs: readonly OtlpKeyValue[] | undefined) => Object.fromEntries((kvs ?? []).map((kv) => [kv.key, valueOf(kv.value)]));

// OTLP/JSON ids are hex; some exporters send base64 (the protobuf JSON mapping).
const hexId = (id: string | undefined, bytes: number): string => {
  if (!id) return "";
  if (new RegExp(`^[0-9a-f]{${bytes * 2}}$`, "i").test(id)) return id.toLowerCase();
  return [...atob(id)].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
};

/**
 * The spans of one `ExportTraceServiceRequest` JSON body.
 *
 * @example
 * parseOtlpJson(await req.json()).map((s) => s.name) // ["fetchHandler POST", "Service Binding CLASSIFY", …]
 */
export function parseOtlpJson(body: unknown): SpanRecord[] {
  const out: SpanRecord[] = [];
  for (const rs of (body as { resourceSpans?: any[] })?.resourceSpans ?? []) {
    const service = String(attrsOf(rs.resource?.attributes)["service.name"] ?? "unknown");
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        out.push({
          traceId: hexId(s.traceId, 16),
          spanId: hexId(s.spanId, 8),
          parentSpanId: s.parentSpanId ? hexId(s.parentSpanId, 8) : null,
          name: String(s.name ?? ""),
          service,
          startNs: BigInt(s.startTimeUnixNano ?? 0),
          endNs: BigInt(s.endTimeUnixNano ?? 0),
          status: Number(s.status?.code ?? 0),
          traceState: String(s.traceState ?? ""),
          attributes: attrsOf(s.attributes),
          events: (s.events ?? []).map((e: { name?: string; attributes?: OtlpKeyValue[] }) => ({ name: String(e.name ?? ""), attributes: attrsOf(e.attributes) })),
        });
      }
    }
  }
  return out;
}

const SHOWN = ["agentic_sales.assistant_id", "agentic_sales.route", "agentic_sales.node", "gen_ai.request.model", "gen_ai.provider.name",
  "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "agentic_sales.cost_usd", "agentic_sales.llm_calls", "http.response.status_code", "error.type"];

const ms = (s: SpanRecord) => Number(s.endNs - s.startNs) / 1e6;

/**
 * One trace as an indented tree (children by start time); spans whose parent
 * is not in the set — the caller's span, or a hop whose headers were lost —
 * are roots, which is exactly what a broken propagation looks like.
 *
 * @example
 * console.log(renderTrace(spans));
 * // trace 4bf92f35… 6 spans
 * // └─ fetchHandler POST  [agentic-sales-dispatcher]  41.2 ms  agentic_sales.assistant_id=country_classify
 */
export function renderTrace(spans: readonly SpanRecord[]): string {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string | null, SpanRecord[]>();
  for (const s of spans) {
    const parent = s.parentSpanId && ids.has(s.parentSpanId) ? s.parentSpanId : null;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  for (const list of children.values()) list.sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
  const lines = [`trace ${spans[0]?.traceId ?? "?"}  ${spans.length} spans`];
  const walk = (parent: string | null, indent: string) => {
    const list = children.get(parent) ?? [];
    list.forEach((s, i) => {
      const last = i === list.length - 1;
      const attrs = SHOWN.filter((k) => s.attributes[k] !== undefined).map((k) => `${k}=${s.attributes[k]}`);
      const status = s.status === 2 ? "  ERROR" : "";
      lines.push(`${indent}${last ? "└─" : "├─"} ${s.name}  [${s.service}]  ${ms(s).toFixed(1)} ms${status}${attrs.length ? "  " + attrs.join(" ") : ""}`);
      walk(s.spanId, indent + (last ? "   " : "│  "));
    });
  };
  walk(null, "");
  return lines.join("\n");
}
