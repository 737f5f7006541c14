import { beforeEach, describe, expect, it } from "vitest";
import { MAX_PARSE_BYTES } from "../src/inbound/limits.ts";
import { call, count, makeApp, NOW, resetDb, resume, rows, testEnv } from "./helpers.ts";
import { deliver, enrolledThread, eventsOf, fixtureBytes, inboundRows, RECEIVED, replyAddress, threadRow } from "./inbound-helpers.ts";

const app = makeApp();

/** A thread waiting for its second touch, and its signed reply address. */
async function setup() {
  const t = await enrolledThread(app);
  return { ...t, replyTo: await replyAddress(t.threadId) };
}

const contactStatus = async (contactId: string) => (await rows<{ status: string }>("SELECT status FROM contacts WHERE contact_id = ?", contactId))[0]!.status;

describe("inbound fixtures through handleInbound", () => {
  beforeEach(resetDb);

  it("a human reply is attached, classified, recorded as `replied` and stops the thread", async () => {
    const { threadId, contactId, replyTo } = await setup();
    expect(await threadRow(threadId)).toMatchObject({ status: "waiting", step: 1 });
    const result = await deliver(app, fixtureBytes("humanReply", replyTo), replyTo);
    expect(result).toEqual({
      status: "stored",
      message_id: "<CAF=human-reply-0001@mail.example1.com>",
      thread_id: threadId,
      match_status: "matched",
      reason: null,
      label: "interested",
      outcome: "replied",
      nudge: "resumed",
      reflect: "queued",
    });
    expect(await inboundRows()).toEqual([
      {
        message_id: "<CAF=human-reply-0001@mail.example1.com>",
        thread_id: threadId,
        contact_id: contactId,
        from_address: "person1@example1.com",
        subject: "Re: Quick question for Example 1 Logistics",
        label: "interested",
        return_date: null,
        to_address: replyTo,
        match_status: "matched",
        reason: null,
        stage: "model",
        raw_size: fixtureBytes("humanReply", replyTo).byteLength,
      },
    ]);
    const [event] = await eventsOf(threadId);
    expect(event).toMatchObject({ event_id: "inbound:<CAF=human-reply-0001@mail.example1.com>", kind: "replied", label: "interested" });
    expect(event!.data).toMatchObject({ source: "inbound", polarity: "positive", stage: "model", classifier: "stub" });
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied", wake_at: null });
  });

  it("an unsubscribe reply opts the contact out at once: do-not-contact, contact status, threads stopped", async () => {
    const { threadId, contactId, replyTo } = await setup();
    const result = await deliver(app, fixtureBytes("unsubscribeReply", replyTo), replyTo);
    expect(result).toMatchObject({ status: "stored", label: "unsubscribe", outcome: "unsubscribed", nudge: "skipped" });
    expect(await rows("SELECT kind, value, source FROM do_not_contact")).toEqual([{ kind: "address", value: "person1@example1.com", source: "unsubscribe" }]);
    expect(await contactStatus(contactId)).toBe("unsubscribed");
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "unsubscribed" });
    expect((await eventsOf(threadId)).map((e) => [e.kind, e.data.source, e.data.polarity])).toEqual([["unsubscribed", "reply", "negative"]]);
  });

  it("a DSN bounce flags the contact bounced and stops the thread", async () => {
    const { threadId, contactId, replyTo } = await setup();
    const result = await deliver(app, fixtureBytes("bounceDsn", replyTo), replyTo);
    expect(result).toMatchObject({ status: "stored", label: "bounced", outcome: "bounced", nudge: "resumed" });
    expect((await inboundRows())[0]).toMatchObject({ label: "bounced", stage: "headers", from_address: "mailer-daemon@mx.example1.com" });
    expect(await contactStatus(contactId)).toBe("bounced");
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "bounced" });
    expect(await count("do_not_contact")).toBe(0);
  });

  it.each([
    ["oooEn", "2026-12-03"],
    // German, quoted-printable UTF-8, encoded-word subject
    ["oooDe", "2026-12-07"],
  ] as const)("%s holds the thread until the return date %s", async (fixture, returnDate) => {
    const { threadId, replyTo } = await setup();
    const result = await deliver(app, fixtureBytes(fixture, replyTo), replyTo);
    expect(result).toMatchObject({ status: "stored", label: "auto_reply", outcome: "out_of_office", nudge: "resumed" });
    expect((await inboundRows())[0]).toMatchObject({ label: "auto_reply", return_date: returnDate });
    expect((await eventsOf(threadId)).map((e) => [e.kind, e.data.return_date, e.data.polarity])).toEqual([["out_of_office", returnDate, "neutral"]]);
    // midnight of the return date in the contact's zone (New York), then into the send window
    const row = await threadRow(threadId);
    expect(row).toMatchObject({ status: "waiting", step: 1 });
    expect(row.wake_at).toBeGreaterThanOrEqual(Date.parse(`${returnDate}T05:00:00Z`));
    expect(row.wake_at).toBeLessThan(Date.parse(`${returnDate}T23:59:59Z`));
    const state = (await call(app, "GET", `/threads/${threadId}/state`)).body;
    expect(state.interrupts[0].value).toMatchObject({ kind: "wait", reason: "out_of_office", wake_at: row.wake_at });
  });

  it("the German subject and sender name are decoded", async () => {
    const { replyTo } = await setup();
    await deliver(app, fixtureBytes("oooDe", replyTo), replyTo);
    expect((await inboundRows())[0]).toMatchObject({ subject: "Automatische Antwort: Kurze Frage" });
  });

  it("a forged token is stored unmatched, never attached or classified, whatever its In-Reply-To says", async () => {
    const { threadId } = await setup();
    const forged = "reply+0123456789abcdef0123456789abcdef-00000000000000000000@replies.localhost";
    const result = await deliver(app, fixtureBytes("forgedToken", forged), forged);
    expect(result).toMatchObject({ status: "stored", match_status: "unmatched", reason: "forged_token", thread_id: null, label: null, outcome: null, nudge: "skipped" });
    expect((await inboundRows())[0]).toMatchObject({ thread_id: null, contact_id: null, label: null, stage: null, match_status: "unmatched", reason: "forged_token" });
    expect(await eventsOf(threadId)).toEqual([]);
    expect(await threadRow(threadId)).toMatchObject({ status: "waiting", step: 1 });
  });

  it("a valid token of a thread that does not exist is unmatched (unknown_thread)", async () => {
    await setup();
    const ghost = await replyAddress("0f0f0f0f-0000-5000-8000-000000000000");
    expect(await deliver(app, fixtureBytes("humanReply", ghost), ghost)).toMatchObject({ match_status: "unmatched", reason: "unknown_thread" });
  });

  it("a reply without any token is unmatched (no_token)", async () => {
    const { threadId } = await setup();
    expect(await deliver(app, fixtureBytes("humanReply", "sam@acme.example"), "sam@acme.example")).toMatchObject({ match_status: "unmatched", reason: "no_token" });
    expect(await threadRow(threadId)).toMatchObject({ status: "waiting" });
  });

  it("malformed MIME is kept under a hash of its bytes; with a valid envelope token it still stops the thread", async () => {
    const { threadId, replyTo } = await setup();
    const result = await deliver(app, fixtureBytes("malformed", replyTo), replyTo);
    expect(result).toMatchObject({ status: "stored", match_status: "matched", reason: "malformed_mime", label: null, outcome: null, nudge: "resumed" });
    expect(result.status === "stored" && result.message_id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });

  it("malformed MIME without a token is kept unmatched", async () => {
    await setup();
    expect(await deliver(app, fixtureBytes("malformed", "x@replies.localhost"), "x@replies.localhost")).toMatchObject({ match_status: "unmatched", reason: "malformed_mime" });
  });

  it("an oversized reply keeps its headers, attaches unclassified and stops the thread", async () => {
    const { threadId, replyTo } = await setup();
    const attachment = `\r\n--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${"QUJD".repeat(1_400_000)}\r\n--b1--\r\n`;
    const raw = new TextEncoder().encode(new TextDecoder().decode(fixtureBytes("humanReply", replyTo)).replace("--b1--", attachment));
    expect(raw.byteLength).toBeGreaterThan(MAX_PARSE_BYTES);
    const result = await deliver(app, raw, replyTo);
    expect(result).toMatchObject({ status: "stored", match_status: "matched", reason: "oversized", label: null, message_id: "<CAF=human-reply-0001@mail.example1.com>" });
    expect((await inboundRows())[0]).toMatchObject({ raw_size: MAX_PARSE_BYTES, subject: "Re: Quick question for Example 1 Logistics" });
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });

  it("a redelivered message lands once", async () => {
    const { threadId, replyTo } = await setup();
    await deliver(app, fixtureBytes("humanReply", replyTo), replyTo);
    expect(await deliver(app, fixtureBytes("humanReply", replyTo), replyTo)).toEqual({ status: "duplicate", message_id: "<CAF=human-reply-0001@mail.example1.com>" });
    expect(await count("inbound_messages")).toBe(1);
    expect(await eventsOf(threadId)).toHaveLength(1);
  });

  it("a busy thread is left for its next run; everything it needs is already stored", async () => {
    const { threadId, replyTo } = await setup();
    await testEnv.DB.prepare("UPDATE threads SET status = 'busy', lease_expires = ? WHERE thread_id = ?").bind(Date.now() + 600_000, threadId).run();
    expect(await deliver(app, fixtureBytes("humanReply", replyTo), replyTo)).toMatchObject({ status: "stored", outcome: "replied", nudge: "busy" });
    expect(await threadRow(threadId)).toMatchObject({ status: "waiting" });
    await testEnv.DB.prepare("UPDATE threads SET status = 'interrupted', lease_expires = NULL WHERE thread_id = ?").bind(threadId).run();
    await resume(app, threadId, { now: RECEIVED + 60_000 });
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });

  it.each([
    ["classify answers 503", "[classify-503]"],
    ["the inbound_classify run fails", "[classify-run-error]"],
  ])("%s: retry later, nothing written", async (_, marker) => {
    const { replyTo } = await setup();
    const raw = new TextDecoder().decode(fixtureBytes("humanReply", replyTo)).replace("Subject: Re:", `Subject: ${marker} Re:`);
    expect(await deliver(app, raw, replyTo)).toMatchObject({ status: "retry", reason: "classify_unavailable" });
    expect(await count("inbound_messages")).toBe(0);
  });

  it("without the token secret nothing can be verified: retry later", async () => {
    const { replyTo } = await setup();
    expect(await deliver(app, fixtureBytes("humanReply", replyTo), replyTo, { ...testEnv, REPLY_TOKEN_SECRET: undefined })).toMatchObject({ status: "retry", reason: "not_configured" });
  });

  it("an empty message is rejected, nothing stored", async () => {
    expect(await deliver(app, new Uint8Array(), "x@replies.localhost")).toEqual({ status: "rejected", reason: "empty" });
    expect(await count("inbound_messages")).toBe(0);
  });

  it("the clock of the run is the receipt time, never behind the thread's", async () => {
    const { threadId, replyTo } = await setup();
    await deliver(app, fixtureBytes("humanReply", replyTo), replyTo, testEnv, NOW - 1000);
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });
});
