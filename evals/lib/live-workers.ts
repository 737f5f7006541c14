// The eval side of the live Workers (see live-workers.global-setup.ts): ask
// the project's broker for a Worker, shared by every eval file of the run, and
// post runs to it.
import { inject } from "vitest";
import type { LiveWorkerName } from "./live-workers.global-setup.ts";

export interface LiveWorker {
  /** POST /runs/wait; returns the run's body (output state or `__error__`). */
  run(assistantId: string, input: unknown): Promise<Record<string, unknown>>;
}

/**
 * A live Worker of this test run. The request goes out at once (so the Worker
 * starts while the file is still being set up); a start failure surfaces on
 * the first `run`.
 *
 * @example
 * const discovery = liveWorker("discovery");
 * await discovery.run("contact_discovery", { domain: "nordwind-robotik.de" });
 */
export function liveWorker(worker: LiveWorkerName): LiveWorker {
  const url = fetch(`${inject("evalsLiveWorkers")}/workers/${worker}`).then(async (response) => {
    const body = (await response.json()) as { url?: string; error?: string };
    if (!response.ok || !body.url) throw new Error(`the live ${worker} worker did not start: ${body.error ?? response.status}`);
    return body.url;
  });
  url.catch(() => undefined); // reported by run(), not as an unhandled rejection
  return {
    async run(assistantId, input) {
      const response = await fetch(`${await url}/runs/wait`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: assistantId, input }) });
      if (!response.ok) throw new Error(`${assistantId}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    },
  };
}
