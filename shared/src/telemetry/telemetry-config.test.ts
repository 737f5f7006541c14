import { describe, expect, it } from "vitest";
import { parseOtlpHeaders, telemetryConfigOf, telemetryFlags } from "./telemetry-config.ts";

describe("telemetryConfigOf", () => {
  it("is all off with an empty env", () => expect(telemetryConfigOf({})).toEqual({ otel: null, langsmith: null }));

  it("reads the OTLP endpoint, sampler and headers", () => {
    const { otel } = telemetryConfigOf({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318/",
      OTEL_EXPORTER_OTLP_HEADERS: "authorization=Bearer%20t,x-team=sales",
      TRACE_SAMPLE_RATE: "0.1",
      TRACE_SLOW_MS: "1500",
    });
    expect(otel).toEqual({
      tracesUrl: "http://127.0.0.1:4318/v1/traces",
      headers: { authorization: "Bearer t", "x-team": "sales" },
      sampler: { probability: 0.1, slowMs: 1500 },
    });
  });

  type Row = { rate: string | undefined; p: number };
  const RATES: Row[] = [
    { rate: undefined, p: 1 },
    { rate: "0", p: 0 },
    { rate: "2", p: 1 }, // clamped
    { rate: "abc", p: 1 }, // unparseable → default
  ];
  it.each(RATES)("TRACE_SAMPLE_RATE=$rate → $p", ({ rate, p }) => {
    expect(telemetryConfigOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://x", ...(rate === undefined ? {} : { TRACE_SAMPLE_RATE: rate }) }).otel?.sampler.probability).toBe(p);
  });

  it("enables LangSmith only with LANGSMITH_TRACING=true", () => {
    expect(telemetryConfigOf({ LANGSMITH_API_KEY: "k" }).langsmith).toBeNull();
    expect(telemetryConfigOf({ LANGSMITH_TRACING: "1", LANGSMITH_API_KEY: "k" }).langsmith).toBeNull();
    expect(telemetryConfigOf({ LANGSMITH_TRACING: "true", LANGSMITH_API_KEY: "k", LANGSMITH_ENDPOINT: "http://127.0.0.1:1984", LANGSMITH_PROJECT: "p" }).langsmith).toMatchObject({
      apiKey: "k",
      apiUrl: "http://127.0.0.1:1984",
      project: "p",
    });
  });
});

describe("telemetryFlags", () => {
  it("is booleans only", () => {
    const flags = telemetryFlags({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://secret-collector", LANGSMITH_TRACING: "true", LANGSMITH_API_KEY: "lsv2-secret" });
    expect(flags).toEqual({ otel: true, langsmith: true });
    expect(JSON.stringify(flags)).not.toMatch(/secret/);
  });
  it("reports OTel off when the SDK is disabled", () => expect(telemetryFlags({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://x", OTEL_SDK_DISABLED: "true" }).otel).toBe(false));
  it("parses empty headers", () => expect(parseOtlpHeaders(undefined)).toEqual({}));
});
