// Runs a capability Worker for real (wrangler dev → workerd) with the fixture
// web on loopback, so site-reading graphs are evaluated on the code path that
// ships: HTMLRewriter, outbound fetch, the runtime's services. Node has no
// HTMLRewriter, which is why these evals cannot invoke the graph in-process.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startWorker } from "../../scripts/lib/fleet.ts";
import { startFixtureWeb, type FixtureWeb } from "../../test/fakes/fixture-web.ts";

export interface LiveWorker {
  readonly web: FixtureWeb;
  /** POST /runs/wait; returns the run's body (output state or `__error__`). */
  run(assistantId: string, input: unknown): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** A free loopback port: listen on 0, read it, close. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the fixture web and one worker pointed at it (`SITE_ORIGIN_TEMPLATE`,
 * `DOH_URL`), on fresh local state.
 *
 * @example
 * const live = await startLiveWorker("discovery");
 * await live.run("contact_discovery", { domain: "nordwind-robotik.de" });
 * await live.stop();
 */
export async function startLiveWorker(worker: "discovery" | "enrichment", vars: Record<string, string> = {}): Promise<LiveWorker> {
  const web = await startFixtureWeb();
  const state = mkdtempSync(path.join(tmpdir(), `agentic-sales-eval-${worker}-`));
  const port = await freePort();
  const fleet = await startWorker(worker, {
    port,
    persistTo: state,
    vars: { SITE_ORIGIN_TEMPLATE: web.originTemplate, DOH_URL: web.dohUrl, FETCH_TIMEOUT_MS: "3000", ...vars },
  });
  return {
    web,
    async run(assistantId, input) {
      const response = await fetch(`${fleet.url}/runs/wait`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: assistantId, input }) });
      if (!response.ok) throw new Error(`${assistantId}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    },
    async stop() {
      await fleet.stop();
      await web.close();
      rmSync(state, { recursive: true, force: true });
    },
  };
}
