import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { RecordedRun } from "../fakes/langsmith-server.ts";
import { callerContext, dispatcherFetch, newTraceId } from "./helpers.ts";

// The caller (the web app) has a LangSmith run open and sends its headers
// (RunTree.toHeaders): `langsmith-trace` = its dotted order, `baggage` = its
// project and metadata. The worker's graph runs must nest under that run.
const CALLER_RUN = "01a20af0-dbd0-7000-8000-02a75450816a";
const CALLER_DOTTED = `20261124T002446800001Z${CALLER_RUN}`;
const CALLER_HEADERS = {
  "langsmith-trace": CALLER_DOTTED,
  baggage: `langsmith-project=${encodeURIComponent("sales-web")},langsmith-metadata=${encodeURIComponent(JSON.stringify({ tenant: "acme" }))}`,
};

const fakeUrl = (env as unknown as { FAKE_LANGSMITH_URL: string }).FAKE_LANGSMITH_URL;

async function runsUntil(done: (runs: RecordedRun[]) => boolean): Promise<RecordedRun[]> {
  const deadline = Date.now() + 8000;
  let runs: RecordedRun[] = [];
  while (Date.now() < deadline) {
    runs = (await (await fetch(`${fakeUrl}/__runs`)).json()) as RecordedRun[];
    if (done(runs)) return runs;
    await new Promise((r) => setTimeout(r, 100));
  }
  return runs;
}

describe("LangSmith: the worker continues the caller's run tree", () => {
  it("posts the graph's runs under the caller's run, never the caller's run itself", async () => {
    const res = await dispatcherFetch("/runs/wait", {
      json: { assistant_id: "country_classify", input: { location: "Wien, Österreich" } },
      headers: { ...callerContext(newTraceId()), ...CALLER_HEADERS },
    });
    expect(res.status).toBe(200);
    const rootId = res.headers.get("x-langsmith-run-id")!;
    expect(rootId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-langsmith-run-url")).toBe(`https://smith.example/r/${rootId}?trace=${CALLER_RUN}`);

    // Root created and ended (the client merges create + end into one post
    // when both land in the same batch); its nodes created.
    const runs = await runsUntil((rs) => rs.some((r) => r.id === rootId && r.end_time) && rs.filter((r) => r.op === "post" && r.parent_run_id === rootId).length >= 2);
    const posted = runs.filter((r) => r.op === "post" && r.trace_id === CALLER_RUN);

    const root = posted.find((r) => r.id === rootId)!;
    expect(root).toMatchObject({ name: "country_classify", parent_run_id: CALLER_RUN, trace_id: CALLER_RUN, session_name: "sales-web" });
    expect(root.dotted_order!.startsWith(`${CALLER_DOTTED}.`)).toBe(true);

    // Every run of the graph descends from the caller: same trace, dotted order under the root's.
    const nodes = posted.filter((r) => r.parent_run_id === rootId);
    expect(nodes.map((r) => r.name)).toEqual(expect.arrayContaining(["normalize", "classify"]));
    for (const r of posted.filter((r) => r.id !== rootId)) {
      expect(r.trace_id).toBe(CALLER_RUN);
      expect(r.dotted_order!.startsWith(`${root.dotted_order}.`)).toBe(true);
    }

    // The caller's run belongs to the caller: never created, updated or ended here.
    expect(runs.filter((r) => r.id === CALLER_RUN)).toEqual([]);
  }, 15_000);

  it("without caller headers the graph is a root run of the worker's project", async () => {
    const res = await dispatcherFetch("/runs/wait", { json: { assistant_id: "country_classify", input: { location: "Lyon, France" } } });
    const rootId = res.headers.get("x-langsmith-run-id")!;
    const runs = await runsUntil((rs) => rs.some((r) => r.id === rootId && r.op === "post"));
    const root = runs.find((r) => r.id === rootId && r.op === "post")!;
    expect(root).toMatchObject({ trace_id: rootId, session_name: "agentic-sales-workers" });
    expect(root.parent_run_id ?? null).toBeNull();
  }, 15_000);
});
