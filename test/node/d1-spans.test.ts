import { describe, expect, it } from "vitest";
import { d1Calls, spansUnderRoots } from "../../scripts/lib/d1-spans.ts";
import type { SpanRecord } from "../../scripts/lib/otlp-json.ts";

describe("d1Calls", () => {
  const spans = (...names: string[]) => names.map((name) => ({ name }));
  it.each([
    { names: [], want: { roundTrips: 0, statements: 0, batches: 0 } },
    { names: ["DB first", "DB run", "DB all", "DB raw", "DB exec"], want: { roundTrips: 5, statements: 5, batches: 0 } },
    { names: ["DB batch", "DB batch > query", "DB batch > query", "DB batch > query"], want: { roundTrips: 1, statements: 3, batches: 1 } },
    // other bindings, fetches, queues and graph spans never count
    { names: ["OTHER run", "OTHER batch", "OTHER batch > query", "fetchHandler GET", "Queues CAMPAIGN_QUEUE sendBatch", "node run", "DB bind"], want: { roundTrips: 0, statements: 0, batches: 0 } },
  ])("$names → $want", ({ names, want }) => {
    expect(d1Calls(spans(...names), "DB")).toEqual(want);
  });
});

describe("spansUnderRoots", () => {
  const span = (traceId: string, spanId: string, parentSpanId: string | null, name: string) => ({ traceId, spanId, parentSpanId, name }) as SpanRecord;
  const all = [
    span("t1", "a", null, "queueHandler campaign-resume"),
    span("t1", "b", "a", "DB first"),
    span("t2", "c", null, "fetchHandler GET"),
    span("t2", "d", "c", "DB all"),
    // a trace whose root was not received: its top span counts as the root
    span("t3", "e", "missing", "scheduledHandler */5 * * * *"),
    span("t3", "f", "e", "DB run"),
  ];
  it("keeps whole traces under the named roots only", () => {
    expect(spansUnderRoots(all, ["queueHandler", "scheduledHandler"]).map((s) => s.spanId)).toEqual(["a", "b", "e", "f"]);
    expect(spansUnderRoots(all, ["emailHandler"])).toEqual([]);
  });
});
