import { leaseDueThreads } from "@agentic-sales/shared/campaign";
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_RESUME_CONCURRENCY, MAX_RESUME_FAILURES, resumeConcurrency } from "../src/resume-consumer.ts";
import { call, contact, count, createCampaign, DAY, deliver, enroll, makeApp, NOW, resetDb, rows, testEnv, type App } from "./helpers.ts";

const app = makeApp();
const LEASE = { leaseMs: 15 * 60_000, batchSize: 100, maxThreads: 1_000 };

/** One enrolled contact, first touch sent; its thread waits for day 3. */
async function waitingThread(n = 1) {
  const campaignId = await createCampaign(app);
  const { body } = await enroll(app, campaignId, [contact(n)]);
  return { campaignId, threadId: body.enrolled[0].thread_id as string };
}

const row = (threadId: string) =>
  rows("SELECT status, step, wake_at, lease_id, lease_until, failures, last_error FROM campaign_threads WHERE thread_id = ?", threadId).then((r) => r[0]!);

describe("campaign-resume consumer", () => {
  beforeEach(resetDb);

  it("resumes a leased due thread, then clears the lease", async () => {
    const { threadId } = await waitingThread();
    const messages = await leaseDueThreads(testEnv.DB, { now: NOW + 3 * DAY, ...LEASE });
    expect(messages).toEqual([{ thread_id: threadId, lease_id: expect.any(String), now: NOW + 3 * DAY }]);
    const { acked, retried } = await deliver(app, messages);
    expect([acked, retried]).toEqual([["m0"], []]);
    expect(await count("outbox")).toBe(2);
    expect(await row(threadId)).toMatchObject({ status: "waiting", step: 2, lease_id: null, lease_until: null, failures: 0 });
  });

  it("skips a stale lease: a redelivery after success, or a message from an older lease", async () => {
    const { threadId } = await waitingThread();
    const [message] = await leaseDueThreads(testEnv.DB, { now: NOW + 3 * DAY, ...LEASE });
    await deliver(app, [message]);
    const checkpoints = await count("checkpoints");
    // the same message again (queue redelivery): lease already cleared
    expect((await deliver(app, [message])).acked).toEqual(["m0"]);
    // an older lease id while a newer lease holds the thread
    await testEnv.DB.prepare("UPDATE campaign_threads SET lease_id = 'newer', lease_until = ? WHERE thread_id = ?").bind(NOW + 9 * DAY, threadId).run();
    await deliver(app, [{ ...message!, now: NOW + 8 * DAY }]);
    expect(await count("outbox")).toBe(2);
    expect(await count("checkpoints")).toBe(checkpoints);
  });

  it("a thread no longer waiting (paused, stopped) is not resumed", async () => {
    const { campaignId, threadId } = await waitingThread();
    const [message] = await leaseDueThreads(testEnv.DB, { now: NOW + 3 * DAY, ...LEASE });
    await call(app, "POST", `/campaigns/${campaignId}/pause`, {});
    await deliver(app, [message]);
    expect(await count("outbox")).toBe(1);
    expect((await row(threadId)).status).toBe("paused");
  });

  it(`counts failed resumes; at ${MAX_RESUME_FAILURES} the thread is parked with its error, visible in the API`, async () => {
    const { campaignId, threadId } = await waitingThread();
    const broken = makeApp({ hooks: { afterNode: (node) => { if (node === "check_reply") throw new Error("D1 exploded"); } } });
    for (let i = 1; i <= MAX_RESUME_FAILURES; i++) {
      const tick = NOW + 3 * DAY + i * 5 * 60_000;
      const messages = await leaseDueThreads(testEnv.DB, { now: tick, ...LEASE });
      expect(messages).toHaveLength(1);
      expect((await deliver(broken, messages)).acked).toEqual(["m0"]);
      const r = await row(threadId);
      expect(r).toMatchObject({ failures: i, lease_id: null, last_error: "Error: D1 exploded", status: i < MAX_RESUME_FAILURES ? "waiting" : "parked" });
    }
    expect(await leaseDueThreads(testEnv.DB, { now: NOW + 10 * DAY, ...LEASE })).toEqual([]);
    const listed = (await call(app, "GET", `/campaigns/${campaignId}/threads?status=parked`)).body.threads;
    expect(listed).toEqual([expect.objectContaining({ thread_id: threadId, failures: 3, last_error: "Error: D1 exploded" })]);
    // resuming the campaign retries parked threads with a clean count
    await call(app, "POST", `/campaigns/${campaignId}/resume`, { now: NOW + 4 * DAY });
    expect(await row(threadId)).toMatchObject({ status: "waiting", failures: 0, last_error: null, wake_at: NOW + 4 * DAY });
    await deliver(app, await leaseDueThreads(testEnv.DB, { now: NOW + 6 * DAY, ...LEASE }));
    expect(await count("outbox")).toBe(2);
  });

  it("a success after a failure resets the failure count", async () => {
    const { threadId } = await waitingThread();
    let failOnce = true;
    const flaky = makeApp({ hooks: { afterNode: (node) => { if (node === "guard" && failOnce) { failOnce = false; throw new Error("transient"); } } } });
    await deliver(flaky, await leaseDueThreads(testEnv.DB, { now: NOW + 3 * DAY, ...LEASE }));
    expect(await row(threadId)).toMatchObject({ failures: 1, status: "waiting" });
    await deliver(flaky, await leaseDueThreads(testEnv.DB, { now: NOW + 3 * DAY + 300_000, ...LEASE }));
    expect(await row(threadId)).toMatchObject({ failures: 0, last_error: null, step: 2 });
  });

  it("acks a malformed message; retries one whose handling itself failed", async () => {
    expect(await deliver(app, [{ thread_id: "nope" }])).toEqual({ acked: ["m0"], retried: [] });
    const brokenDb = { prepare: () => { throw new Error("D1 unavailable"); } } as unknown as D1Database;
    const message = { thread_id: crypto.randomUUID(), lease_id: "l", now: NOW };
    expect(await deliver(app, [message], { ...testEnv, DB: brokenDb })).toEqual({ acked: [], retried: ["m0"] });
  });

  it("resumes a batch's threads RESUME_CONCURRENCY at a time, each exactly once", async () => {
    const campaignId = await createCampaign(app);
    const { body } = await enroll(app, campaignId, Array.from({ length: 7 }, (_, i) => contact(i + 1)));
    expect(body.enrolled).toHaveLength(7);
    let inFlight = 0;
    let most = 0;
    const tracked = {
      fetch: async (...args: Parameters<App["fetch"]>) => {
        most = Math.max(most, ++inFlight);
        try {
          return await app.fetch(...args);
        } finally {
          inFlight--;
        }
      },
    } as unknown as App;
    const messages = await leaseDueThreads(testEnv.DB, { now: NOW + 3 * DAY, ...LEASE });
    expect(messages).toHaveLength(7);
    const { acked, retried } = await deliver(tracked, messages, { ...testEnv, RESUME_CONCURRENCY: "3" });
    expect([acked.sort(), retried]).toEqual([["m0", "m1", "m2", "m3", "m4", "m5", "m6"], []]);
    expect(most).toBe(3);
    expect(await count("outbox")).toBe(14);
    expect(await rows("SELECT DISTINCT step, lease_id, failures FROM campaign_threads")).toEqual([{ step: 2, lease_id: null, failures: 0 }]);
  });
});

describe("resumeConcurrency", () => {
  it.each([
    [undefined, DEFAULT_RESUME_CONCURRENCY],
    ["", DEFAULT_RESUME_CONCURRENCY],
    ["1", 1],
    ["6", 6],
    ["10", 10],
    ["50", 10],
    ["0", DEFAULT_RESUME_CONCURRENCY],
    ["-2", DEFAULT_RESUME_CONCURRENCY],
    ["2.5", DEFAULT_RESUME_CONCURRENCY],
    ["lots", DEFAULT_RESUME_CONCURRENCY],
  ])("%j → %i", (raw, want) => {
    expect(resumeConcurrency(raw)).toBe(want);
  });
});
