import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { parseOtlpJson, type SpanRecord } from "../scripts/lib/otlp-json.ts";
import { startFakeLangSmith } from "./fakes/langsmith-server.ts";

const root = path.join(import.meta.dirname, "..");

// The OTLP collector of these tests: the Workers' real OTLP exporter posts
// JSON to http://otlp.test/v1/traces, which leaves workerd through this
// outbound service (in Node); tests read the parsed spans back from
// GET http://otlp.test/spans?trace=<id>.
const received: SpanRecord[] = [];
// LangSmith is on too, against a fake LangSmith API on 127.0.0.1 (Node);
// loopback requests leave workerd through the same outbound service.
const langsmith = await startFakeLangSmith();

const otlpCollector = async (request: Request): Promise<Response> => {
  const url = new URL(request.url);
  if (url.origin === langsmith.url) {
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    const res = await fetch(request.url, { method: request.method, headers: Object.fromEntries(request.headers), ...(body ? { body } : {}) });
    return new Response(await res.arrayBuffer(), { status: res.status, headers: { "content-type": res.headers.get("content-type") ?? "application/json" } });
  }
  if (url.host !== "otlp.test") return new Response("offline test: no network", { status: 502 });
  if (request.method === "POST" && url.pathname === "/v1/traces") {
    received.push(...parseOtlpJson(await request.json()));
    return new Response("{}", { headers: { "content-type": "application/json" } });
  }
  const trace = url.searchParams.get("trace");
  const spans = received.filter((s) => !trace || s.traceId === trace);
  return new Response(JSON.stringify(spans, (_, v) => (typeof v === "bigint" ? v.toString() : v)), { headers: { "content-type": "application/json" } });
};

// Dispatcher + the real capability Workers in one workerd isolate: the test
// entry serves the dispatcher, whose service bindings are loopbacks to the
// same entry (ctx.exports), which hands them to the worker entries. Telemetry
// is on: every span goes through the production exporter to the collector above.
export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      main: path.join(import.meta.dirname, "telemetry/entry.ts"),
      remoteBindings: false,
      miniflare: {
        compatibilityDate: "2026-08-01",
        compatibilityFlags: ["nodejs_compat"],
        d1Databases: ["DB"],
        queueProducers: { CAMPAIGN_QUEUE: { queueName: "campaign-resume" } },
        outboundService: otlpCollector,
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(path.join(root, "migrations")),
          OTEL_EXPORTER_OTLP_ENDPOINT: "http://otlp.test",
          TRACE_SAMPLE_RATE: "1",
          TRACE_SLOW_MS: "60000",
          LANGSMITH_TRACING: "true",
          LANGSMITH_ENDPOINT: langsmith.url,
          LANGSMITH_API_KEY: "lsv2-fake-test-key",
          LANGSMITH_PROJECT: "agentic-sales-workers",
          LANGSMITH_RUN_URL_TEMPLATE: "https://smith.example/r/{run_id}?trace={trace_id}",
          FAKE_LANGSMITH_URL: langsmith.url,
          PUBLIC_BASE_URL: "http://localhost:8787",
          REPLY_DOMAIN: "replies.localhost",
        },
      },
    }),
  ],
  test: {
    name: "telemetry",
    testTimeout: 30_000,
    globals: true,
    include: ["telemetry/**/*.test.ts"],
    setupFiles: [path.join(root, "test/setup/apply-migrations.ts")],
  },
}));
