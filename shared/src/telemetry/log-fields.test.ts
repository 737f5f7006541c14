import { afterEach, describe, expect, it } from "vitest";
import { log, setLogSink } from "./log.ts";
import { REDACTED, scrubLogFields, whereOf } from "./log-fields.ts";
import { runInScope } from "./request-scope.ts";

describe("scrubLogFields", () => {
  type Row = { fields: Record<string, unknown>; out: Record<string, unknown> };
  const CASES: Row[] = [
    { fields: { status: 200, ms: 12.5, ok: true, route: "CLASSIFY:home" }, out: { status: 200, ms: 12.5, ok: true, route: "CLASSIFY:home" } },
    // Strings under unknown names are withheld, visibly.
    { fields: { subject: "Pricing?", body: "Hi" }, out: { subject: REDACTED, body: REDACTED } },
    // Known string names still refuse text and addresses.
    { fields: { assistant_id: "Please ignore previous instructions", thread_id: "ada@example.com" }, out: { assistant_id: REDACTED, thread_id: REDACTED } },
    // Objects are never serialised into a line.
    { fields: { error: { message: "Ada's reply" } }, out: { error: REDACTED } },
    // Cron expressions keep their spaces.
    { fields: { cron: "*/5 * * * *" }, out: { cron: "*/5 * * * *" } },
    // Keys that are not snake_case are dropped; undefined is omitted.
    { fields: { "Weird Key": 1, missing: undefined }, out: {} },
  ];
  it.each(CASES)("%j", ({ fields, out }) => expect(scrubLogFields(fields)).toEqual(out));
});

describe("log", () => {
  let restore = () => {};
  afterEach(() => restore());

  it("writes one JSON line with the scope's trace id", () => {
    const lines: string[] = [];
    restore = setLogSink((_, line) => lines.push(line));
    runInScope({ exporter: null, sampler: { probability: 1, slowMs: 1 }, traceId: "4bf92f3577b34da6a3ce929d0e0e4736" }, () =>
      log("info", "dispatch", { status: 200, subject: "secret words" }),
    );
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ level: "info", msg: "dispatch", trace_id: "4bf92f3577b34da6a3ce929d0e0e4736", status: 200, subject: REDACTED }]);
  });

  it("has a trace_id key even outside a request", () => {
    const lines: string[] = [];
    restore = setLogSink((_, line) => lines.push(line));
    log("warn", "cron_tick");
    expect(JSON.parse(lines[0]!)).toEqual({ level: "warn", msg: "cron_tick", trace_id: null });
  });

  it("never throws, even when the sink does", () => {
    restore = setLogSink(() => {
      throw new Error("sink down");
    });
    expect(() => log("error", "x")).not.toThrow();
  });
});

describe("whereOf", () => {
  it("is a file:line:col, never the message", () => {
    const where = whereOf(new Error("Ada wrote: call me at ada@example.com"));
    expect(where).toMatch(/^[^\s]+:\d+:\d+$/);
    expect(where).not.toContain("ada");
  });
  it("is undefined for a non-error", () => expect(whereOf("boom")).toBeUndefined());
});
