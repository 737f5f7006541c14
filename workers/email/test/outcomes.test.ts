import { beforeEach, describe, expect, it } from "vitest";
import { call, count, makeApp, resetDb, rows } from "./helpers.ts";
import { enrolledThread, threadRow } from "./inbound-helpers.ts";

const app = makeApp();
const at = "2026-11-25T10:00:00+01:00";
const post = (body: unknown) => call(app, "POST", "/outcomes", body);

const events = (threadId: string) =>
  rows<{ event_id: string; kind: string; label: string | null; occurred_at: string; data: string }>(
    "SELECT event_id, kind, label, occurred_at, data FROM outcome_events WHERE thread_id = ? AND kind != 'sent' ORDER BY created_at, event_id",
    threadId,
  );

describe("POST /outcomes", () => {
  beforeEach(resetDb);

  it("records an event once: a repeat or a late duplicate changes nothing", async () => {
    const { threadId } = await enrolledThread(app);
    const body = { event_id: "resend_evt_1", thread_id: threadId, kind: "delivered", occurred_at: at, data: { provider: "resend" } };
    const first = await post(body);
    expect(first).toMatchObject({ status: 201, body: { event_id: "resend_evt_1", thread_id: threadId, kind: "delivered", recorded: true, polarity: "neutral", nudge: "skipped" } });
    const again = await post({ ...body, occurred_at: "2026-11-26T10:00:00Z", data: { provider: "resend", late: true } });
    expect(again).toMatchObject({ status: 200, body: { recorded: false } });
    const stored = await events(threadId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: "delivered", occurred_at: "2026-11-25T09:00:00.000Z" });
    expect(JSON.parse(stored[0]!.data)).toEqual({ provider: "resend", polarity: "neutral", polarity_version: "1.0.0" });
    // delivery information never touches the thread
    expect(await threadRow(threadId)).toMatchObject({ status: "waiting", step: 1 });
  });

  it("a calendar booking stops the thread now (meeting_booked counts as a reply)", async () => {
    const { threadId } = await enrolledThread(app);
    const res = await post({ event_id: "cal_booking_1", thread_id: threadId, kind: "meeting_booked", label: "meeting_scheduled", occurred_at: at });
    expect(res).toMatchObject({ status: 201, body: { polarity: "positive", nudge: "resumed" } });
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });

  it("a provider bounce flags the contact and stops the thread", async () => {
    const { threadId, contactId } = await enrolledThread(app);
    expect((await post({ event_id: "esp_bounce_1", thread_id: threadId, kind: "bounced", occurred_at: at, data: { smtp: "5.1.1" } })).body).toMatchObject({ polarity: "negative", nudge: "resumed" });
    expect(await rows("SELECT status FROM contacts WHERE contact_id = ?", contactId)).toEqual([{ status: "bounced" }]);
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "bounced" });
  });

  it("a provider unsubscribe (list-unsubscribe webhook) is a full opt-out", async () => {
    const { threadId, contactId } = await enrolledThread(app);
    expect((await post({ event_id: "esp_unsub_1", thread_id: threadId, kind: "unsubscribed", occurred_at: at })).status).toBe(201);
    expect(await rows("SELECT value, source FROM do_not_contact")).toEqual([{ value: "person1@example1.com", source: "unsubscribe" }]);
    expect(await rows("SELECT status FROM contacts WHERE contact_id = ?", contactId)).toEqual([{ status: "unsubscribed" }]);
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "unsubscribed" });
    expect((await events(threadId)).map((e) => [e.event_id, e.kind, e.occurred_at])).toEqual([["esp_unsub_1", "unsubscribed", "2026-11-25T09:00:00.000Z"]]);
  });

  it("a negative reply label keeps its polarity", async () => {
    const { threadId } = await enrolledThread(app);
    expect((await post({ event_id: "crm_1", thread_id: threadId, kind: "replied", label: "not_interested", occurred_at: at })).body.polarity).toBe("negative");
  });

  it.each([
    { description: "an unknown thread", over: { thread_id: "0f0f0f0f-0000-5000-8000-000000000000" }, status: 404, error: "thread_not_found" },
    { description: "a bad kind", over: { kind: "opened" }, status: 422, error: "invalid_input" },
    { description: "out_of_office (read from mail only)", over: { kind: "out_of_office" }, status: 422, error: "invalid_input" },
    { description: "a missing event id", over: { event_id: undefined }, status: 422, error: "invalid_input" },
    { description: "an instant without a zone", over: { occurred_at: "2026-11-25 10:00" }, status: 422, error: "invalid_input" },
    { description: "an id this worker derives", over: { event_id: "sent:x:0" }, status: 422, error: "invalid_input" },
  ])("$description → $status $error", async ({ over, status, error }) => {
    const { threadId } = await enrolledThread(app);
    const res = await post({ event_id: "evt", thread_id: threadId, kind: "delivered", occurred_at: at, ...over });
    expect(res).toMatchObject({ status, body: { error } });
    expect(await count("outcome_events")).toBe(1); // the first touch's `sent` only
  });
});
