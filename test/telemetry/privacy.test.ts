import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registry } from "../../shared/src/registry/index.ts";
import type { SpanRecord } from "../../scripts/lib/otlp-json.ts";
import { callerContext, dispatcherFetch, newTraceId, spansOf } from "./helpers.ts";

// Every registered graph, run end to end through the dispatcher and its worker
// with telemetry on, on inputs full of people's text and addresses (the eval
// datasets, plus fixtures for graphs that have none yet). Then every exported
// span and every console line is scanned for those texts and for any email address.

type Dataset = { examples: { input: Record<string, unknown> }[] };
declare global {
  // Vite's import.meta.glob (vitest resolves it at transform time).
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true; import: "default" }): Record<string, T>;
  }
}
const DATASETS = import.meta.glob<Dataset>("../../evals/*/dataset.json", { eager: true, import: "default" });
const datasetOf = (assistantId: string) => DATASETS[`../../evals/${assistantId}/dataset.json`];

const PERSON = { first_name: "Ada", last_name: "Lovelace-Sentinel", title: "Head of Secret Operations", email: "ada.sentinel@privacy-fixture.example" };
const SENDER = { name: "Sam Sentinel", company: "Acme Sentinel", postal_address: "1 Sentinel Street, Springfield 12345", calendar_link: "https://cal.example.com/sam-sentinel" };
const EXTRA: Record<string, Record<string, unknown>[]> = {
  email_outreach: [{ contact: PERSON, company: { name: "Sentinel Logistics GmbH", domain: "sentinel-logistics.example", industry: "logistics" }, sender: SENDER, step: 1, max_touches: 3 }],
  campaign: [{ campaign_id: "cmp-privacy", contact_id: "contact-privacy", now: Date.UTC(2026, 10, 24, 9) }],
  email_reply: [{
    inbound: { from_name: "Grace Sentinel", subject: "Confidential: our renewal numbers", body: "Please call me on +49 170 0000000 or write to grace.sentinel@privacy-fixture.example about the 40 seats." },
    sender: { name: "Sam Sentinel", company: "Acme Sentinel" },
    intent: "info_request",
  }],
};

const inputsOf = (assistantId: string) => [...(datasetOf(assistantId)?.examples.slice(0, 4).map((e) => e.input) ?? []), ...(EXTRA[assistantId] ?? [])];

// A leaf identifies someone or something when it is text (has a space), an
// address or domain (has "@" or "."), or a long token; a lone short word
// ("sales", "DE") could match code-chosen names and says nothing about anyone.
const identifying = (s: string) => s.length >= 4 && (/[\s@.]/.test(s) || s.length >= 8);

/** Every identifying string leaf of `value`. */
const textsOf = (value: unknown): string[] =>
  typeof value === "string" ? (identifying(value) ? [value] : []) : value && typeof value === "object" ? Object.values(value).flatMap(textsOf) : [];

const EMAIL_ADDRESS = /[^\s@"',;:<>()]+@[^\s@"',;:<>()]+\.[a-z]{2,}/i;

/** Every data string a span carries out of the process (attribute names are code constants). */
const exportedStrings = (s: SpanRecord) => [s.name, s.traceState, ...Object.values(s.attributes).map(String), ...s.events.flatMap((e) => [e.name, ...Object.values(e.attributes).map(String)])];

const lines: string[] = [];
beforeAll(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  }
});
afterAll(() => vi.restoreAllMocks());

const covered = registry.graphs.filter((g) => inputsOf(g.assistantId).length > 0);
const uncovered = registry.graphs.filter((g) => inputsOf(g.assistantId).length === 0);

describe("no text or address on any span or log line", () => {
  // Every graph has inputs to scan: a new graph without an eval dataset or a
  // privacy fixture fails here, naming what to add.
  it("covers every registry graph", () => {
    expect(uncovered.map((g) => `${g.assistantId}: add evals/${g.assistantId}/dataset.json or a privacy fixture`)).toEqual([]);
  });

  it.each(covered.map((g) => [g.assistantId, g.resumable] as const))("%s", async (assistantId, resumable) => {
    const inputs = inputsOf(assistantId);
    const sentinels = [...new Set(inputs.flatMap(textsOf))];
    const traces: string[] = [];
    lines.length = 0;
    for (const input of inputs) {
      const traceId = newTraceId();
      const headers = callerContext(traceId);
      let run: Response;
      if (resumable) {
        const thread = (await (await dispatcherFetch("/threads", { json: { metadata: { graph_id: assistantId } }, headers })).json()) as { thread_id: string };
        run = await dispatcherFetch(`/threads/${thread.thread_id}/runs/wait`, { json: { assistant_id: assistantId, input }, headers });
        await dispatcherFetch(`/threads/${thread.thread_id}/state`, { headers });
      } else {
        run = await dispatcherFetch("/runs/wait", { json: { assistant_id: assistantId, input, metadata: { vertical: "saas" } }, headers });
      }
      // Some datasets hold evaluator fixtures rather than graph inputs: a 422
      // ran no graph, but its error path was still scanned below.
      if (run.status !== 422) expect(run.status, await run.clone().text()).toBe(200);
      if (run.status === 200) traces.push(traceId);
    }
    expect(traces.length, "at least one input must run the graph").toBeGreaterThan(0);
    const spans = (await Promise.all(traces.map((t) => spansOf(t, (s) => s.some((x) => x.name.startsWith("invoke_workflow")))))).flat();
    expect(spans.filter((s) => s.name === `invoke_workflow ${assistantId}`).length).toBeGreaterThanOrEqual(traces.length);

    const leaks: string[] = [];
    for (const text of spans.flatMap(exportedStrings)) {
      if (EMAIL_ADDRESS.test(text)) leaks.push(`span carries an address: ${text}`);
      for (const sentinel of sentinels) if (text.includes(sentinel)) leaks.push(`span carries input text ${JSON.stringify(sentinel)}: ${text}`);
    }
    for (const line of lines) {
      if (EMAIL_ADDRESS.test(line)) leaks.push(`log line carries an address: ${line}`);
      for (const sentinel of sentinels) if (line.includes(sentinel)) leaks.push(`log line carries input text ${JSON.stringify(sentinel)}: ${line}`);
    }
    expect(leaks).toEqual([]);
    expect(lines.length).toBeGreaterThan(0); // the dispatcher logged every call, and those lines were scanned
  });
});
