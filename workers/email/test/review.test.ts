import { beforeEach, describe, expect, it } from "vitest";
import { contact, count, createCampaign, DAY, enroll, HOUR, inbound, makeApp, NOW, resume, rows, testEnv } from "./helpers.ts";

const app = makeApp();

/** A campaign that reviews every draft (threshold 1), with one contact paused at review. */
async function atReview(n: number) {
  const campaignId = await createCampaign(app, { review_threshold: 1 });
  const { body } = await enroll(app, campaignId, [contact(n)]);
  return body.enrolled[0] as { thread_id: string; status: string; step: number };
}

const threadRow = (threadId: string) => rows("SELECT status, step, wake_at, stop_reason FROM campaign_threads WHERE thread_id = ?", threadId).then((r) => r[0]);

describe("human review of a touch", () => {
  beforeEach(async () => {
    await testEnv.DB.batch(["outbox", "send_ledger", "outcome_events", "inbound_messages", "campaign_threads"].map((t) => testEnv.DB.prepare(`DELETE FROM ${t}`)));
  });

  it("a draft below the threshold pauses at review; nothing is sent", async () => {
    const thread = await atReview(1);
    expect(thread).toMatchObject({ status: "review", step: 0 });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "review", wake_at: null });
    expect(await count("send_ledger")).toBe(0);
    const state = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM outbox").first<{ n: number }>();
    expect(state!.n).toBe(0);
  });

  it("approve (with now) → sent at once, then scheduled", async () => {
    const thread = await atReview(2);
    const out = await resume(app, thread.thread_id, { action: "approve", now: NOW + HOUR });
    expect(out.__interrupt__[0].value).toMatchObject({ kind: "wait", reason: "cadence" });
    const [sent] = await rows("SELECT subject, created_at FROM outbox");
    expect(sent).toMatchObject({ subject: "Quick question for Example 2 Logistics", created_at: new Date(NOW + HOUR).toISOString() });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "waiting", step: 1 });
  });

  it("edit → the reviewer's text is what goes out (with the compliance footer)", async () => {
    const thread = await atReview(3);
    await resume(app, thread.thread_id, { action: "edit", subject: "A short question", body: "Hi Cy,\n\nShort and sweet: worth a chat?\n\nSam", now: NOW });
    const [sent] = await rows("SELECT subject, text_body FROM outbox");
    expect(sent!.subject).toBe("A short question");
    expect(sent!.text_body).toMatch(/^Hi Cy,\n\nShort and sweet: worth a chat\?\n\nSam\n\n--\nAcme Example, 1 Main St/);
    expect(sent!.text_body).toContain("/unsubscribe?token=");
  });

  it("reject → stopped, nothing sent", async () => {
    const thread = await atReview(4);
    const out = await resume(app, thread.thread_id, { action: "reject", reason: "wrong persona" });
    expect(out).toMatchObject({ status: "stopped", stop_reason: "review_rejected" });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "stopped", stop_reason: "review_rejected" });
    expect(await count("outbox")).toBe(0);
  });

  it("approve without a clock → due at once, sent by the next (cron) resume, not by the reviewer's call", async () => {
    const thread = await atReview(5);
    const out = await resume(app, thread.thread_id, { action: "approve" });
    expect(out.__interrupt__[0].value).toMatchObject({ kind: "wait", reason: "awaiting_clock", wake_at: NOW });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "waiting", wake_at: NOW });
    expect(await count("outbox")).toBe(0);
    await resume(app, thread.thread_id, { now: NOW + 5 * 60_000 });
    expect(await count("outbox")).toBe(1);
  });

  it("a reply that arrives while the draft waits for review wins over the approval", async () => {
    const thread = await atReview(6);
    await inbound(thread.thread_id, "interested", NOW + HOUR);
    const out = await resume(app, thread.thread_id, { action: "approve", now: NOW + 2 * HOUR });
    expect(out).toMatchObject({ status: "stopped", stop_reason: "replied" });
    expect(await count("outbox")).toBe(0);
  });

  it("an approved draft held by the send window is sent later, unchanged", async () => {
    const thread = await atReview(7);
    // approved on Friday evening (New York): held to Monday 09:00
    const out = await resume(app, thread.thread_id, { action: "edit", body: "Hi Di,\n\nEdited.\n\nSam", now: Date.parse("2026-11-27T23:00:00Z") });
    expect(out.__interrupt__[0].value).toMatchObject({ kind: "wait", reason: "send_window", wake_at: Date.parse("2026-11-30T14:00:00Z") });
    const again = await resume(app, thread.thread_id, { now: Date.parse("2026-11-30T14:00:00Z") });
    expect(again.__interrupt__[0].value.kind).toBe("wait"); // no second review
    const [sent] = await rows("SELECT text_body FROM outbox");
    expect(sent!.text_body).toMatch(/^Hi Di,\n\nEdited\./);
  });

  it("an invalid decision asks again with the error; a valid one then proceeds", async () => {
    const thread = await atReview(8);
    const again = await resume(app, thread.thread_id, { action: "send_now" });
    expect(again.__interrupt__[0].value).toMatchObject({ kind: "review", error: expect.stringMatching(/^invalid review decision/) });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "review" });
    await resume(app, thread.thread_id, { action: "approve", now: NOW + DAY });
    expect(await count("outbox")).toBe(1);
  });
});
