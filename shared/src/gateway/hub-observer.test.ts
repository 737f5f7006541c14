import { trace, type Span, type Tracer } from "@opentelemetry/api";
import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { runInScope, type RequestScope } from "../telemetry/request-scope.ts";
import type { ObservedCall, ObservedResult } from "./hub.ts";
import { harness, modelCall, scriptedProvider, site } from "./test/fakes.ts";
import { ModelCallError } from "./types.ts";

const Country = z.object({ country: z.string().length(2) });
const SAMPLER = { probability: 1, slowMs: 2000 };
const exporter = { export: () => undefined, shutdown: async () => undefined } as unknown as SpanExporter;
const on: RequestScope = { exporter, sampler: SAMPLER };
const off: RequestScope = { exporter: null, sampler: SAMPLER };

/** A tracer that records the spans the hub's default observer opens. */
function recordingTracer() {
  const spans: { name: string; attributes: Record<string, unknown>; status?: number; ended: boolean }[] = [];
  const tracer = {
    startActiveSpan(name: string, _options: unknown, _context: unknown, fn: (span: Span) => unknown) {
      const record = { name, attributes: {} as Record<string, unknown>, status: undefined as number | undefined, ended: false };
      spans.push(record);
      const span = {
        setAttributes: (a: Record<string, unknown>) => void Object.assign(record.attributes, a),
        updateName: (n: string) => void (record.name = n),
        setStatus: (s: { code: number }) => void (record.status = s.code),
        end: () => void (record.ended = true),
      } as unknown as Span;
      return fn(span);
    },
  } as unknown as Tracer;
  return { tracer, spans };
}

afterEach(() => vi.restoreAllMocks());

describe("the hub's observer hook", () => {
  it("sees each call's site and shape, then its records and outcome, never messages or content", async () => {
    const seen: { call: ObservedCall; result?: ObservedResult; error?: unknown }[] = [];
    const provider = scriptedProvider(["DE", '{"country":"FR"}', "not json", '{"country":"DE"}', "nope", "still nope"]);
    const { hub } = harness({
      provider,
      observe: async (call, run) => {
        const entry: (typeof seen)[number] = { call };
        seen.push(entry);
        try {
          return (entry.result = await run());
        } catch (e) {
          entry.error = e;
          throw e;
        }
      },
    });
    expect((await hub.complete(modelCall({ temperature: 0.2 }))).content).toBe("DE");
    expect((await hub.completeJson(modelCall(), Country)).value).toEqual({ country: "FR" });
    expect((await hub.completeJson(modelCall(), Country)).repaired).toBe(true);
    expect((await hub.completeJson(modelCall(), Country)).value).toBeNull();

    expect(seen.map((s) => [s.result?.outcome, s.result?.records.length])).toEqual([["ok", 1], ["ok", 1], ["repaired", 2], ["invalid_output", 2]]);
    expect(seen[0]!.call).toEqual({ site: { graph: "country_classify", node: "classify", promptVersion: "country-v1", feature: "classification" }, model: undefined, temperature: 0.2, json: false });
    expect(seen[1]!.call.json).toBe(true);
    // Only the site's four fields, the call's shape and the records: no messages, content, user or tenant.
    const observed = JSON.stringify(seen);
    for (const text of ["Berlin", "ISO country code", "FR", "not json"]) expect(observed).not.toContain(text);
    expect(seen.flatMap((s) => s.result!.records)).toEqual(hub.records);
  });

  it("a refused call reaches the observer as the gateway error and the caller as the same error", async () => {
    const errors: unknown[] = [];
    const { hub } = harness({
      vars: { LLM_KILL_SWITCH: "on" },
      observe: async (_call, run) => {
        try {
          return await run();
        } catch (e) {
          errors.push(e);
          throw e;
        }
      },
    });
    const thrown = await hub.complete(modelCall()).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ModelCallError);
    expect(errors).toEqual([thrown]);
  });

  it("a failing observer never fails the call, nor runs it twice", async () => {
    const provider = scriptedProvider(["DE"]);
    const before = harness({ provider, observe: () => Promise.reject(new Error("observer broke before run")) });
    expect((await before.hub.complete(modelCall())).content).toBe("DE");
    const after = harness({ provider, observe: async (_call, run) => (await run(), Promise.reject(new Error("observer broke after run"))) });
    expect((await after.hub.complete(modelCall())).content).toBe("DE");
    expect(provider.requests).toHaveLength(2);
  });

  it("observe: null turns the hook off", async () => {
    const getTracer = vi.spyOn(trace, "getTracer");
    const { hub } = harness({ observe: null });
    expect((await runInScope(on, () => hub.complete(modelCall()))).content).toBe("DE");
    expect(getTracer).not.toHaveBeenCalled();
  });
});

describe("the default observer: model-call spans from the hub itself", () => {
  it("with telemetry off (no scope, or a scope with no exporter) does no span work at all", async () => {
    const getTracer = vi.spyOn(trace, "getTracer");
    const getActiveSpan = vi.spyOn(trace, "getActiveSpan");
    const { hub } = harness({ provider: scriptedProvider(["DE", '{"country":"DE"}']) });
    expect((await hub.complete(modelCall())).content).toBe("DE");
    expect((await runInScope(off, () => hub.completeJson(modelCall(), Country))).value).toEqual({ country: "DE" });
    await expect(runInScope(off, () => harness({ vars: { LLM_KILL_SWITCH: "on" } }).hub.complete(modelCall()))).rejects.toMatchObject({ code: "kill_switch" });
    expect(getTracer).not.toHaveBeenCalled();
    expect(getActiveSpan).not.toHaveBeenCalled();
  });

  it("with telemetry on, one `chat <model>` span per call: shape, provider, tokens, cost, cache hit, outcome", async () => {
    const { tracer, spans } = recordingTracer();
    vi.spyOn(trace, "getTracer").mockReturnValue(tracer);
    const provider = scriptedProvider(["not json", '{"country":"DE"}'], { model: "gpt-4o-mini", usage: { input: 1_000, output: 100, cached: 0 } });
    const { hub } = harness({ provider });
    await runInScope(on, () => hub.completeJson(modelCall({ site: site({ node: "classify", promptVersion: "country-v2" }) }), Country));
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({
      name: "chat gpt-4o-mini",
      ended: true,
      status: undefined,
      attributes: {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai-compatible",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.temperature": 0,
        "gen_ai.usage.input_tokens": 2_000,
        "gen_ai.usage.output_tokens": 200,
        "agentic_sales.graph": "country_classify",
        "agentic_sales.node": "classify",
        "agentic_sales.prompt_version": "country-v2",
        "agentic_sales.feature": "classification",
        "agentic_sales.llm_calls": 2,
        "agentic_sales.cache_hit": false,
        "agentic_sales.outcome": "repaired",
      },
    });
    expect(spans[0]!.attributes["agentic_sales.cost_usd"]).toBeGreaterThan(0);
  });

  it("a refused call's span is an error carrying the gateway code, never the message", async () => {
    const { tracer, spans } = recordingTracer();
    vi.spyOn(trace, "getTracer").mockReturnValue(tracer);
    const { hub } = harness({ vars: { LLM_KILL_SWITCH: "on" } });
    await expect(runInScope(on, () => hub.complete(modelCall()))).rejects.toMatchObject({ code: "kill_switch" });
    expect(spans).toMatchObject([{ name: "chat", ended: true, status: 2, attributes: { "error.type": "kill_switch", "agentic_sales.outcome": "error" } }]);
    expect(JSON.stringify(spans)).not.toMatch(/LLM_KILL_SWITCH|halt/i);
  });
});
