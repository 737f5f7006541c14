import { leaseDueThreads } from "@agentic-sales/shared/campaign";
import { beforeEach, describe, expect, it } from "vitest";
import { CampaignSettings } from "../src/campaign/settings.ts";
import type { Sender } from "../src/campaign/sender.ts";
import type { CampaignHooks, CampaignNodeName } from "../src/graphs/campaign/campaign-services.ts";
import { outboxSender } from "../src/stores/outbox-sender.ts";
import { call, contact, count, DAY, deliver, enroll, makeApp, NOW, resetDb, resume, rows, SENDER, testEnv, type App } from "./helpers.ts";

const CAMPAIGN = "cmp_faults";

/** A fixed-id campaign (so every case writes identical rows): 3 touches, every draft reviewed. */
async function seedCampaign(settings: Partial<CampaignSettings> = {}) {
  const ts = new Date(NOW).toISOString();
  const stored = { settings: CampaignSettings.parse({ max_touches: 3, cadence_days: [0, 2, 4], review_threshold: 1, ...settings }), sender: SENDER };
  await testEnv.DB.batch([
    testEnv.DB.prepare("INSERT INTO mailboxes (mailbox_id, address, provider, daily_cap, timezone, created_at) VALUES ('mb_f', 'sam@acme.example', 'outbox', 50, 'UTC', ?)").bind(ts),
    testEnv.DB.prepare("INSERT INTO campaigns (campaign_id, name, mailbox_id, settings, created_at, updated_at) VALUES (?, 'faults', 'mb_f', ?, ?, ?)").bind(CAMPAIGN, JSON.stringify(stored), ts, ts),
  ]);
}

/** Throws once, at the `occurrence`-th completion of `node` (after its side effects, before its checkpoint). */
function crashAfter(node: CampaignNodeName | "provider_accepted", occurrence = 1): CampaignHooks & { fired: () => boolean } {
  let seen = 0;
  let fired = false;
  const maybe = (at: string) => {
    if (at === node && !fired && ++seen === occurrence) {
      fired = true;
      throw new Error(`injected crash after ${at} #${occurrence}`);
    }
  };
  return { afterNode: (n) => maybe(n), afterSend: () => maybe("provider_accepted"), fired: () => fired };
}

/**
 * Enrolls one contact and drives its thread to the end: approves every
 * review at the current clock, resumes every wait at its wake time, and
 * retries a failed run with the very same resume value (as the next cron tick would).
 */
async function runToEnd(app: App): Promise<{ threadId: string; failures: number }> {
  const { body } = await enroll(app, CAMPAIGN, [contact(1)]);
  const threadId = body.enrolled[0].thread_id as string;
  let failed = body.enrolled[0].run_error !== null;
  let failures = failed ? 1 : 0;
  let clock = NOW;
  let value: unknown = { now: NOW };
  for (let i = 0; i < 40; i++) {
    if (!failed) {
      const state = (await call(app, "GET", `/threads/${threadId}/state`)).body;
      const pause = state.interrupts[0]?.value;
      if (!pause) return { threadId, failures };
      if (pause.kind === "review") value = { action: "approve", now: clock };
      else value = { now: (clock = pause.wake_at) };
    }
    const out = await resume(app, threadId, value);
    failed = out.__error__ !== undefined;
    if (failed) failures++;
  }
  throw new Error("runToEnd: the thread did not finish");
}

/** Everything a run leaves behind that must not depend on crashes. */
async function finalState(threadId: string) {
  const app = makeApp();
  return {
    outbox: await rows("SELECT * FROM outbox ORDER BY idempotency_key"),
    ledger: await rows("SELECT * FROM send_ledger ORDER BY step"),
    events: await rows("SELECT * FROM outcome_events ORDER BY event_id"),
    thread: await rows("SELECT status, step, wake_at, stop_reason, updated_at FROM campaign_threads"),
    values: (await call(app, "GET", `/threads/${threadId}/state`)).body.values,
  };
}

const NODES: CampaignNodeName[] = ["check_reply", "guard", "generate_touch", "review", "send_touch", "record", "schedule_next", "wait"];

describe("crash safety", () => {
  beforeEach(async () => {
    await resetDb();
    await seedCampaign();
  });

  it("a crash after the provider accepted, before record → resume → exactly one outbox row", async () => {
    const hooks = crashAfter("provider_accepted");
    const app = makeApp({ hooks });
    const { body } = await enroll(app, CAMPAIGN, [contact(1)]);
    const threadId = body.enrolled[0].thread_id;
    await resume(app, threadId, { action: "approve", now: NOW });
    expect(hooks.fired()).toBe(true);
    expect(await count("outbox")).toBe(1);
    expect((await rows("SELECT status FROM send_ledger"))[0]).toEqual({ status: "reserved" });

    const out = await resume(app, threadId, { now: NOW });
    expect(out.__interrupt__[0].value).toMatchObject({ kind: "wait", reason: "cadence" });
    expect(await count("outbox")).toBe(1);
    expect(await rows("SELECT step, status FROM send_ledger")).toEqual([{ step: 0, status: "sent" }]);
    expect(await count("outcome_events")).toBe(1);
    expect((await rows("SELECT status, step FROM campaign_threads"))[0]).toEqual({ status: "waiting", step: 1 });
  });

  it("a non-idempotent sender is never called twice: the touch is marked unknown and the thread paused for a human", async () => {
    let calls = 0;
    const gmailLike = (db: D1Database): Sender => {
      const outbox = outboxSender(db);
      return { name: "gmail-like", idempotent: false, send: (m, key) => (calls++, outbox.send(m, key)) };
    };
    const app = makeApp({ hooks: crashAfter("provider_accepted"), sender: (env) => gmailLike(env.DB) });
    const { body } = await enroll(app, CAMPAIGN, [contact(1)]);
    const threadId = body.enrolled[0].thread_id;
    await resume(app, threadId, { action: "approve", now: NOW });
    const out = await resume(app, threadId, { now: NOW });
    expect(out.__interrupt__[0].value).toMatchObject({ kind: "wait", status: "paused", wake_at: null, reason: "send_outcome_unknown" });
    expect(calls).toBe(1);
    expect(await rows("SELECT status FROM send_ledger")).toEqual([{ status: "unknown" }]);
    expect((await rows("SELECT status, wake_at, stop_reason FROM campaign_threads"))[0]).toEqual({ status: "paused", wake_at: null, stop_reason: "send_outcome_unknown" });
    // resuming again does not send blindly either
    await resume(app, threadId, { now: NOW + 60_000 });
    expect(calls).toBe(1);
  });

  describe("a crash at every node boundary → resume → the same outcome as an uninterrupted run", () => {
    let baseline: Awaited<ReturnType<typeof finalState>>;

    it("baseline (no crash)", async () => {
      const { threadId, failures } = await runToEnd(makeApp());
      expect(failures).toBe(0);
      baseline = await finalState(threadId);
      expect(baseline.outbox).toHaveLength(3);
      expect(baseline.thread[0]).toMatchObject({ status: "done", step: 3 });
    });

    it.each(NODES.flatMap((node) => [1, 2].map((occurrence) => ({ node, occurrence }))))("after $node #$occurrence", async ({ node, occurrence }) => {
      const hooks = crashAfter(node, occurrence);
      const { threadId, failures } = await runToEnd(makeApp({ hooks }));
      expect(hooks.fired()).toBe(true);
      expect(failures).toBe(1);
      expect(await finalState(threadId)).toEqual(baseline);
    });
  });
});

/**
 * env.DB as D1 behaves when it fails a write: from the `nth` batch that
 * writes a checkpoint on, every such batch of this run throws (a D1 outage
 * does not end mid-run), and since a batch is one transaction nothing of it lands.
 */
function failingCheckpointWrites(db: D1Database, nth: number) {
  let seen = 0;
  const writesCheckpoint = (statements: D1PreparedStatement[]) =>
    statements.some((s) => /^INSERT INTO checkpoints\b/.test((s as unknown as { statement: string }).statement));
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          if (writesCheckpoint(statements) && ++seen >= nth) throw new Error("D1_ERROR: simulated storage outage: SQLITE_IOERR");
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: proxy, puts: () => seen };
}

describe("a D1 error during a checkpoint put, on a cron resume", () => {
  const LEASE = { leaseMs: 15 * 60_000, batchSize: 100, maxThreads: 1_000 };
  const DUE = NOW + 3 * DAY;
  const RETRY = DUE + 5 * 60_000;

  /** One contact enrolled in the fixed-id campaign (so thread ids match across cases), first touch sent; its thread waits for day 3. */
  async function waitingThread(app: App): Promise<string> {
    await seedCampaign({ review_threshold: 0, cadence_days: [0, 3, 7] });
    const { body } = await enroll(app, CAMPAIGN, [contact(1)]);
    return body.enrolled[0].thread_id as string;
  }

  /** What the second touch must leave behind however many ticks it took (times excluded: the retry tick is later). */
  const outcome = async (threadId: string) => ({
    outbox: await rows("SELECT idempotency_key, to_address, subject, text_body FROM outbox ORDER BY idempotency_key"),
    ledger: await rows("SELECT step, status FROM send_ledger ORDER BY step"),
    thread: await rows("SELECT status, step, failures, last_error, lease_id FROM campaign_threads"),
    checkpointed: (await call(makeApp(), "GET", `/threads/${threadId}/state`)).body.values.step,
  });

  // Batches writing a checkpoint in one day-3 resume (one per step: the resume
  // itself and check_reply … wait). The reference case checks the count, so a
  // graph change that adds steps fails here instead of going untested.
  const PUTS_PER_RESUME = 7;
  let reference: Awaited<ReturnType<typeof outcome>>;

  beforeEach(resetDb);

  it("reference: the day-3 resume on a healthy database", async () => {
    const threadId = await waitingThread(makeApp());
    const counting = failingCheckpointWrites(testEnv.DB, Number.POSITIVE_INFINITY);
    // a fresh app: a graph compiles with the saver of the first database it runs on
    const { acked } = await deliver(makeApp(), await leaseDueThreads(testEnv.DB, { now: DUE, ...LEASE }), { ...testEnv, DB: counting.db });
    expect(acked).toEqual(["m0"]);
    expect(counting.puts()).toBe(PUTS_PER_RESUME);
    reference = await outcome(threadId);
    expect(reference.outbox).toHaveLength(2);
    expect(reference.thread).toEqual([{ status: "waiting", step: 2, failures: 0, last_error: null, lease_id: null }]);
  });

  it.each(Array.from({ length: PUTS_PER_RESUME }, (_, i) => i + 1))(
    "put #%i fails → the run fails cleanly, the next tick resumes it → the same touches, each sent once",
    async (nth) => {
      const threadId = await waitingThread(makeApp());
      const before = await count("checkpoints");

      const failing = failingCheckpointWrites(testEnv.DB, nth);
      const tick = await deliver(makeApp(), await leaseDueThreads(testEnv.DB, { now: DUE, ...LEASE }), { ...testEnv, DB: failing.db });
      // handled, not redelivered: the failure is recorded and the thread is due again at once
      expect(tick).toEqual({ acked: ["m0"], retried: [] });
      const [failed] = await rows("SELECT status, wake_at, failures, last_error, lease_id FROM campaign_threads");
      expect(failed).toMatchObject({ status: "waiting", wake_at: DUE, failures: 1, lease_id: null });
      expect(failed!.last_error).toContain("SQLITE_IOERR");
      // nothing of the failed batch landed: only the puts before it did
      expect((await count("checkpoints")) - before).toBe(nth - 1);

      const retry = await deliver(makeApp(), await leaseDueThreads(testEnv.DB, { now: RETRY, ...LEASE }));
      expect(retry).toEqual({ acked: ["m0"], retried: [] });
      expect(await outcome(threadId)).toEqual(reference);
    },
  );
});
