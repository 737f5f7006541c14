import { leaseDueThreads } from "@agentic-sales/shared/campaign";
import { describe, expect, it } from "vitest";
import { DAY_MS, gapBeforeTouch } from "../src/campaign/settings.ts";
import { DEFAULT_SEND_WINDOW, inSendWindow } from "../src/campaign/time/send-window.ts";
import { contact, createCampaign, deliver, enroll, inbound, makeApp, resetDb, rows, testEnv } from "./helpers.ts";

const app = makeApp();
const CADENCE = [0, 3, 7, 14];
/** Monday 2026-11-23 06:00 UTC: 01:00 in New York, 07:00 in Berlin, 15:00 in Tokyo. */
const START = Date.parse("2026-11-23T06:00:00Z");
const TICK = 30 * 60_000;
const DAYS = 20;

const ZONES = ["America/New_York", "Europe/Berlin", "Asia/Tokyo"] as const;

describe("20 simulated days, cron every 30 minutes", () => {
  it("each touch lands once, at an allowed local time, on the cadence; a reply stops its contact", { timeout: 120_000 }, async () => {
    await resetDb();
    const campaignId = await createCampaign(app, { max_touches: 4, cadence_days: CADENCE });
    const { body } = await enroll(app, campaignId, ZONES.map((timezone, i) => contact(40 + i, { timezone })), START);
    const threads: string[] = body.enrolled.map((t: { thread_id: string }) => t.thread_id);
    const berlin = threads[1]!;

    let replied = false;
    for (let now = START; now <= START + DAYS * DAY_MS; now += TICK) {
      // Berlin answers on Tuesday morning, after its first touch.
      if (!replied && now >= Date.parse("2026-11-24T09:00:00Z")) {
        await inbound(berlin, "interested", now);
        replied = true;
      }
      const due = await leaseDueThreads(testEnv.DB, { now, leaseMs: 15 * 60_000, batchSize: 100, maxThreads: 1_000 });
      if (due.length > 0) expect((await deliver(app, due)).retried).toEqual([]);
    }

    const sent = await rows<{ idempotency_key: string; to_address: string; created_at: string }>("SELECT idempotency_key, to_address, created_at FROM outbox ORDER BY created_at");
    const ledger = await rows<{ thread_id: string; step: number; status: string; idempotency_key: string }>("SELECT thread_id, step, status, idempotency_key FROM send_ledger");
    // exactly once: one ledger row per outbox row, same keys, all sent
    expect(ledger.map((l) => l.idempotency_key).sort()).toEqual(sent.map((s) => s.idempotency_key).sort());
    expect(ledger.every((l) => l.status === "sent")).toBe(true);

    const perThread = threads.map((threadId, i) => ({
      zone: ZONES[i]!,
      times: sent.filter((s) => s.idempotency_key.startsWith(`${threadId}:`)).map((s) => Date.parse(s.created_at)),
    }));
    expect(perThread.map((t) => t.times.length)).toEqual([4, 1, 4]);
    for (const { zone, times } of perThread) {
      for (const t of times) expect(inSendWindow(t, zone, DEFAULT_SEND_WINDOW), `${new Date(t).toISOString()} in ${zone}`).toBe(true);
      for (let k = 1; k < times.length; k++) expect(times[k]! - times[k - 1]!).toBeGreaterThanOrEqual(gapBeforeTouch(CADENCE, k) * DAY_MS);
    }
    // Tokyo is inside its window at enrollment; New York and Berlin wait for their own 09:00.
    expect(perThread.map((t) => new Date(t.times[0]!).toISOString())).toEqual(["2026-11-23T14:00:00.000Z", "2026-11-23T08:00:00.000Z", "2026-11-23T06:00:00.000Z"]);

    const final = await rows("SELECT thread_id, status, step, stop_reason, failures, lease_id FROM campaign_threads");
    const byId = new Map(final.map((r) => [r.thread_id, r]));
    expect(threads.map((id) => byId.get(id))).toEqual([
      expect.objectContaining({ status: "done", step: 4, stop_reason: "max_touches", failures: 0, lease_id: null }),
      expect.objectContaining({ status: "stopped", step: 1, stop_reason: "replied", failures: 0, lease_id: null }),
      expect.objectContaining({ status: "done", step: 4, stop_reason: "max_touches", failures: 0, lease_id: null }),
    ]);
  });
});
