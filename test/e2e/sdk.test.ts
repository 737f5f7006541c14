import { Client } from "@langchain/langgraph-sdk";
import { describe, expect, inject, it } from "vitest";
import { DEV_TOKEN } from "../../scripts/lib/fleet.ts";
import { registry } from "../../shared/src/registry/graphs.ts";

// The official SDK, as the web app uses it: bearer header, no LangSmith key leak.
const client = new Client({
  apiUrl: inject("fleetUrl"),
  apiKey: null,
  defaultHeaders: { Authorization: `Bearer ${DEV_TOKEN}` },
  callerOptions: { maxRetries: 0 },
});

describe("the SDK Client through the dispatcher, on the local fleet", () => {
  it("runs.wait on a stateless graph returns its final state", async () => {
    const out = (await client.runs.wait(null, "country_classify", { input: { location: "Karlsruhe, Baden-Württemberg" } })) as Record<string, unknown>;
    expect(out).toMatchObject({ country: "DE", provider: "offline", prompt_version: "country-v2" });
    expect(out.confidence).toBeGreaterThan(0.5);
  });

  it("reaches every capability worker", async () => {
    const quality = (await client.runs.wait(null, "company_quality", {
      input: { record: { fields: { name: { value: "Acme", observed_at: "2026-11-01T00:00:00Z" } } }, as_of: "2026-11-24T00:00:00Z" },
    })) as Record<string, unknown>;
    expect(quality.prompt_version).toBe("quality-v1");
    const candidates = (await client.runs.wait(null, "email_candidates", {
      input: { person: { first_name: "Ada", last_name: "Example" }, domain: "example.com" },
    })) as { candidates: { address: string }[] };
    expect(candidates.candidates.map((c) => c.address)).toContain("ada.example@example.com");
  });

  it("a thread: interrupt → command.resume → getState", async () => {
    const thread = await client.threads.create({ graphId: "email_reply" });
    const input = {
      inbound: { from_name: "Grace Example", subject: "Pricing?", body: "Could you send pricing for 20 seats?" },
      sender: { name: "Sam Seller", company: "Acme" },
      intent: "info_request",
    };
    const paused = (await client.runs.wait(thread.thread_id, "email_reply", { input })) as Record<string, any>;
    expect(paused.__interrupt__).toHaveLength(1);
    expect(paused.__interrupt__[0].value.kind).toBe("review");

    const waiting = await client.threads.getState(thread.thread_id);
    expect(waiting.next).toEqual(["review"]);
    expect((waiting.tasks[0]?.interrupts ?? []).length).toBe(1);

    const done = (await client.runs.wait(thread.thread_id, "email_reply", { command: { resume: { action: "approve" } } })) as Record<string, unknown>;
    expect(done.status).toBe("approved");
    const finished = await client.threads.getState(thread.thread_id);
    expect(finished.next).toEqual([]);
    expect((await client.threads.get(thread.thread_id)).status).toBe("idle");
  });

  it("assistants.search lists the fleet's graphs from the registry", async () => {
    const found = await client.assistants.search({ limit: 100 });
    expect(found.map((a) => a.graph_id).sort()).toEqual(registry.graphs.map((g) => g.assistantId).sort());
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it("errors reach the SDK as HTTP errors with the stable code", async () => {
    await expect(client.runs.wait(null, "country_classify", { input: { location: 42 } as never })).rejects.toThrow(/422.*invalid_input/);
    await expect(client.runs.wait(null, "no_such_graph", { input: {} })).rejects.toThrow(/404.*assistant_not_found/);
    const stranger = new Client({ apiUrl: inject("fleetUrl"), apiKey: null, callerOptions: { maxRetries: 0 } });
    await expect(stranger.assistants.search()).rejects.toThrow(/401/);
  });
});

describe("trace headers across the real dispatcher → worker hop", () => {
  it("the call crosses the hop and the dispatcher reports its route; with telemetry off no trace id is echoed", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await fetch(`${inject("fleetUrl")}/runs/wait`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${DEV_TOKEN}`,
        "content-type": "application/json",
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        cookie: "session=must-not-matter",
      },
      body: JSON.stringify({ assistant_id: "country_classify", input: { location: "Lyon, France" } }),
    });
    expect(res.status).toBe(200);
    // Link ids are echoed only when telemetry is on (this fleet has none): test/e2e/telemetry.test.ts.
    expect(res.headers.get("x-trace-id")).toBeNull();
    expect(res.headers.get("x-route")).toBe("CLASSIFY:home");
    expect(((await res.json()) as { country: string }).country).toBe("FR");
  });
});
