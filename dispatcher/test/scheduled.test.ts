import { createExecutionContext, createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import type { ResumeMessage } from "@agentic-sales/shared/campaign";
import { retentionMs, scheduled } from "../src/scheduled.ts";

const NOW = Date.parse("2026-11-24T09:00:00Z");
const iso = new Date(NOW).toISOString();

/** A queue binding that records what the tick sent. */
function recordingQueue() {
  const sent: ResumeMessage[] = [];
  return {
    sent,
    queue: {
      send: async (body: ResumeMessage) => void sent.push(body),
      sendBatch: async (batch: Iterable<{ body: ResumeMessage }>) => {
        for (const m of batch) sent.push(m.body);
      },
    } as unknown as Queue,
  };
}

async function seedThreads(count: number, wakeAt: (i: number) => number | null, status = "waiting") {
  await env.DB.batch([
    env.DB.prepare("INSERT OR IGNORE INTO mailboxes (mailbox_id, address, provider, created_at) VALUES ('mb1', 'sam@acme.example', 'outbox', ?)").bind(iso),
    env.DB.prepare("INSERT OR IGNORE INTO campaigns (campaign_id, name, mailbox_id, created_at, updated_at) VALUES ('c1', 'Q4', 'mb1', ?, ?)").bind(iso, iso),
  ]);
  const statements = [];
  for (let i = 0; i < count; i++) {
    const id = `${status}-${i}`;
    statements.push(
      env.DB.prepare("INSERT INTO contacts (contact_id, email, created_at, updated_at) VALUES (?, ?, ?, ?)").bind(`ct-${id}`, `p${id}@example.com`, iso, iso),
      env.DB.prepare("INSERT INTO campaign_threads (thread_id, campaign_id, contact_id, status, wake_at, created_at, updated_at) VALUES (?, 'c1', ?, ?, ?, ?, ?)").bind(
        `th-${id}`, `ct-${id}`, status, wakeAt(i), iso, iso),
    );
  }
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50));
}

const tick = (queue: Queue, at = NOW) =>
  scheduled(createScheduledController({ scheduledTime: at, cron: "*/5 * * * *" }), { ...env, CAMPAIGN_QUEUE: queue } as DispatcherEnv);

describe("cron → queue", () => {
  beforeEach(async () => {
    await env.DB.batch(["outbox", "campaign_threads", "contacts", "campaigns", "mailboxes"].map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
  });

  it("two overlapping ticks over 200 due threads enqueue each exactly once", async () => {
    await seedThreads(200, (i) => NOW - i * 1000);
    const { sent, queue } = recordingQueue();
    await Promise.all([tick(queue), tick(queue)]);
    expect(sent).toHaveLength(200);
    expect(new Set(sent.map((m) => m.thread_id)).size).toBe(200);
    expect(sent.every((m) => m.now === NOW)).toBe(true);
  });

  it("enqueues only due waiting threads, and a leased thread waits for its lease to lapse", async () => {
    await seedThreads(5, (i) => (i < 3 ? NOW - 1 : NOW + 60_000));
    await seedThreads(2, () => NOW - 1, "paused");
    const first = recordingQueue();
    await tick(first.queue);
    expect(first.sent.map((m) => m.thread_id).sort()).toEqual(["th-waiting-0", "th-waiting-1", "th-waiting-2"]);
    const second = recordingQueue();
    await tick(second.queue, NOW + 60_000);
    // The three are still leased (no consumer ran); the fourth and fifth are now due.
    expect(second.sent.map((m) => m.thread_id).sort()).toEqual(["th-waiting-3", "th-waiting-4"]);
    const third = recordingQueue();
    await tick(third.queue, NOW + 17 * 60_000);
    expect(third.sent).toHaveLength(5);
    expect(new Set(third.sent.map((m) => m.lease_id)).size).toBe(1);
    expect(third.sent[0]!.lease_id).not.toBe(first.sent[0]!.lease_id);
  });

  it("a missed tick catches up: everything due since then goes out on the next", async () => {
    await seedThreads(30, (i) => NOW - i * 3_600_000);
    const { sent, queue } = recordingQueue();
    await tick(queue);
    expect(sent).toHaveLength(30);
  });

  it("a queue failure leaves threads leased, and they go out after the lease lapses", async () => {
    await seedThreads(3, () => NOW - 1);
    const failing = { sendBatch: async () => { throw new Error("queue unavailable"); } } as unknown as Queue;
    await expect(tick(failing)).rejects.toThrow("queue unavailable");
    const { sent, queue } = recordingQueue();
    await tick(queue, NOW + 16 * 60_000);
    expect(sent).toHaveLength(3);
  });
});

describe("retention", () => {
  it.each([
    { raw: undefined, days: 30 },
    { raw: "7", days: 7 },
    { raw: "0", days: 30 },
    { raw: "-3", days: 30 },
    { raw: "soon", days: 30 },
  ])("CHECKPOINT_RETENTION_DAYS=$raw → $days days", ({ raw, days }) => {
    expect(retentionMs(raw)).toBe(days * 86_400_000);
  });

  it("the tick prunes an old finished thread's checkpoints and leaves a waiting one", async () => {
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    for (const [id, status] of [["finished", "idle"], ["waiting", "interrupted"]] as const) {
      await env.DB.batch([
        env.DB.prepare("INSERT INTO threads (thread_id, assistant_id, status, created_at, updated_at) VALUES (?, 'campaign', ?, ?, ?)").bind(id, status, old, old),
        env.DB.prepare("INSERT INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, checkpoint, metadata, created_at) VALUES (?, '', 'c1', '{}', '{}', ?)").bind(id, old),
      ]);
    }
    await tick(recordingQueue().queue);
    const left = await env.DB.prepare("SELECT thread_id FROM checkpoints ORDER BY thread_id").all<{ thread_id: string }>();
    expect(left.results.map((r) => r.thread_id)).toEqual(["waiting"]);
  });
});
