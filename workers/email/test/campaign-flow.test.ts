import { beforeEach, describe, expect, it } from "vitest";
import { inSendWindow, DEFAULT_SEND_WINDOW } from "../src/campaign/time/send-window.ts";
import { call, contact, count, createCampaign, DAY, enroll, HOUR, inbound, makeApp, NOW, resume, rows, testEnv } from "./helpers.ts";

const app = makeApp();

async function enrollOne(o: Parameters<typeof createCampaign>[1] = {}, c = contact(1), now = NOW) {
  const campaignId = await createCampaign(app, o);
  const { status, body } = await enroll(app, campaignId, [c], now);
  expect(status).toBe(200);
  return { campaignId, thread: body.enrolled[0] };
}

const threadRow = (threadId: string) => rows("SELECT status, step, wake_at, stop_reason FROM campaign_threads WHERE thread_id = ?", threadId).then((r) => r[0]);

describe("campaign thread", () => {
  beforeEach(async () => {
    await testEnv.DB.batch(["outbox", "send_ledger", "outcome_events", "inbound_messages", "campaign_threads", "do_not_contact"].map((t) => testEnv.DB.prepare(`DELETE FROM ${t}`)));
  });

  it("enrollment sends the first touch inside the window and schedules the next by the cadence", async () => {
    const { thread } = await enrollOne();
    expect(thread).toMatchObject({ created: true, started: true, run_error: null, status: "waiting", step: 1 });
    // cadence [0, 3, 7]: the second touch 3 days after the first, at an allowed local time
    expect(thread.wake_at).toBe(NOW + 3 * DAY);
    const [out] = await rows("SELECT * FROM outbox");
    expect(out).toMatchObject({ mailbox: "sam@acme.example", to_address: "person1@example1.com", subject: "Quick question for Example 1 Logistics" });
    const headers = JSON.parse(out!.headers);
    expect(headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:8787\/unsubscribe\?token=[0-9a-f]{32}-[0-9a-f]{20}>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["Reply-To"]).toMatch(/^reply\+[0-9a-f]{32}-[0-9a-f]{20}@replies\.localhost$/);
    expect(out!.text_body).toContain("1 Main St, Springfield, 12345");
    const [ledger] = await rows("SELECT * FROM send_ledger");
    expect(ledger).toMatchObject({ step: 0, status: "sent", provider: "outbox", sent_day: "2026-11-24", sent_at: new Date(NOW).toISOString() });
    expect(ledger!.message_id).toMatch(/^<.+@acme\.example>$/);
    expect(await rows("SELECT kind, event_id FROM outcome_events")).toEqual([{ kind: "sent", event_id: `sent:${thread.thread_id}:0` }]);
  });

  it("an early resume sends nothing; the due one sends the next touch with a new subject", async () => {
    const { thread } = await enrollOne();
    const early = await resume(app, thread.thread_id, { now: NOW + DAY });
    expect(early.__interrupt__[0].value).toMatchObject({ kind: "wait", reason: "cadence", wake_at: NOW + 3 * DAY });
    expect(await count("outbox")).toBe(1);
    await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    const subjects = (await rows<{ subject: string }>("SELECT subject FROM outbox ORDER BY created_at")).map((r) => r.subject);
    expect(subjects).toEqual(["Quick question for Example 1 Logistics", "Following up: Example 1 Logistics"]);
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "waiting", step: 2 });
  });

  it("the last touch ends the thread done", async () => {
    const { thread } = await enrollOne();
    await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    const last = await resume(app, thread.thread_id, { now: NOW + 7 * DAY });
    expect(last).toMatchObject({ status: "done", step: 3, stop_reason: "max_touches" });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "done", step: 3, wake_at: null, stop_reason: "max_touches" });
    const [breakUp] = await rows("SELECT subject, text_body FROM outbox ORDER BY created_at DESC LIMIT 1");
    expect(breakUp!.text_body).toContain("won't follow up again");
  });

  it("enrolled outside the window: nothing sent, woken at the recipient's opening", async () => {
    // 06:00 in New York
    const { thread } = await enrollOne({}, contact(1), Date.parse("2026-11-24T11:00:00Z"));
    expect(thread).toMatchObject({ status: "waiting", step: 0, wake_at: Date.parse("2026-11-24T14:00:00Z") });
    expect(await count("outbox")).toBe(0);
  });

  it.each([
    { n: 10, label: "interested", status: "stopped", reason: "replied" },
    // not classified yet: still a person answering
    { n: 11, label: null, status: "stopped", reason: "replied" },
    { n: 12, label: "bounced", status: "stopped", reason: "bounced" },
    { n: 13, label: "unsubscribe", status: "stopped", reason: "unsubscribed" },
  ])("inbound $label → $status ($reason), no further touch", async ({ n, label, status, reason }) => {
    const { thread } = await enrollOne({}, contact(n));
    await inbound(thread.thread_id, label, NOW + DAY);
    const out = await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    expect(out).toMatchObject({ status, stop_reason: reason });
    expect(await count("outbox")).toBe(1);
    expect(await threadRow(thread.thread_id)).toMatchObject({ status, stop_reason: reason, wake_at: null });
    const [c] = await rows("SELECT status FROM contacts WHERE contact_id = ?", thread.contact_id);
    if (reason === "bounced") expect(c!.status).toBe("bounced");
    if (reason === "unsubscribed") {
      expect(c!.status).toBe("unsubscribed");
      expect(await rows("SELECT kind, value, source FROM do_not_contact")).toEqual([{ kind: "address", value: thread.email, source: "unsubscribe" }]);
    }
  });

  it("out-of-office with a return date holds the thread until then", async () => {
    const { thread } = await enrollOne({}, contact(20));
    await inbound(thread.thread_id, "auto_reply", NOW + HOUR, "2026-12-08");
    const held = await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    // Tuesday 2026-12-08 09:00 in New York
    expect(held.__interrupt__[0].value).toMatchObject({ kind: "wait", reason: "out_of_office", wake_at: Date.parse("2026-12-08T14:00:00Z") });
    expect(await count("outbox")).toBe(1);
    await resume(app, thread.thread_id, { now: Date.parse("2026-12-08T14:00:00Z") });
    expect(await count("outbox")).toBe(2);
  });

  it("a do-not-contact pattern added after enrollment stops the thread before the next touch", async () => {
    const { thread } = await enrollOne({}, contact(21, { email: "clerk@agency.gov", company: { domain: "agency.gov" } }));
    await testEnv.DB.prepare("INSERT INTO do_not_contact (kind, value, reason, source, created_at) VALUES ('pattern', '*@*.gov', 'policy', 'manual', ?)").bind(new Date(NOW).toISOString()).run();
    const out = await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    expect(out).toMatchObject({ status: "stopped", stop_reason: "do_not_contact" });
  });

  it("the mailbox daily cap holds a send to the next day's window", async () => {
    const campaignId = await createCampaign(app, { daily_cap: 1 });
    const { body } = await enroll(app, campaignId, [contact(30), contact(31)]);
    const [first, second] = body.enrolled;
    expect(first).toMatchObject({ step: 1, status: "waiting" });
    // Wednesday 09:00 New York
    expect(second).toMatchObject({ step: 0, status: "waiting", wake_at: Date.parse("2026-11-25T14:00:00Z") });
    await resume(app, second.thread_id, { now: Date.parse("2026-11-25T14:00:00Z") });
    const sent = await rows<{ created_at: string; to_address: string }>("SELECT created_at, to_address FROM outbox ORDER BY created_at");
    expect(sent.map((r) => r.to_address)).toEqual(["person30@example30.com", "person31@example31.com"]);
    expect(sent.every((r) => inSendWindow(Date.parse(r.created_at), "America/New_York", DEFAULT_SEND_WINDOW))).toBe(true);
  });

  it("a paused campaign pauses its threads (no wake); resuming makes them due again", async () => {
    const { campaignId, thread } = await enrollOne();
    expect((await call(app, "POST", `/campaigns/${campaignId}/pause`, { now: NOW + HOUR })).body).toMatchObject({ status: "paused", threads_updated: 1 });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "paused", wake_at: null, stop_reason: "campaign_paused" });
    // a run reaching the guard meanwhile (e.g. a late queue message) pauses too
    const out = await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    expect(out.__interrupt__[0].value).toMatchObject({ kind: "wait", status: "paused", wake_at: null, reason: "campaign_paused" });
    expect(await count("outbox")).toBe(1);
    // Monday 10:00 in New York
    await call(app, "POST", `/campaigns/${campaignId}/resume`, { now: NOW + 6 * DAY });
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "waiting", wake_at: NOW + 6 * DAY, stop_reason: null });
    await resume(app, thread.thread_id, { now: NOW + 6 * DAY });
    expect(await count("outbox")).toBe(2);
  });

  it("a stopped campaign stops its threads", async () => {
    const { campaignId, thread } = await enrollOne();
    await call(app, "POST", `/campaigns/${campaignId}/stop`, {});
    expect(await threadRow(thread.thread_id)).toMatchObject({ status: "stopped", stop_reason: "campaign_stopped" });
    const out = await resume(app, thread.thread_id, { now: NOW + 3 * DAY });
    expect(out).toMatchObject({ status: "stopped", stop_reason: "campaign_stopped" });
    expect(await count("outbox")).toBe(1);
  });

  it("the clock never runs backwards: a stale resume keeps the later now", async () => {
    const { thread } = await enrollOne();
    await resume(app, thread.thread_id, { now: NOW + 2 * DAY });
    const stale = await resume(app, thread.thread_id, { now: NOW });
    expect(stale.__interrupt__[0].value).toMatchObject({ reason: "cadence" });
    const state = await call(app, "GET", `/threads/${thread.thread_id}/state`);
    expect(state.body.values.now).toBe(NOW + 2 * DAY);
  });
});
