// A campaign whose mailbox is the user's Gmail: touches leave through the
// (fake) Gmail API, and the send ledger keeps a non-idempotent provider from
// ever sending twice.
import { beforeEach, describe, expect, it } from "vitest";
import { callWith, envWithProviders } from "./env-call.ts";
import { contact, createCampaign, makeApp, NOW, resetDb, rows, testEnv } from "./helpers.ts";
import { fakeOrigin, fakeRequestsFor } from "./mail-fakes.ts";

const app = makeApp();

async function gmailCampaign(n: number, token: string) {
  const campaignId = await createCampaign(app);
  // The campaign API registers mailboxes as `outbox`; connecting a Gmail account would set this.
  await testEnv.DB.prepare("UPDATE mailboxes SET provider = 'gmail'").run();
  const env = envWithProviders(fakeOrigin(), { GMAIL_ACCESS_TOKEN: token });
  const { body } = await callWith(app, env, "POST", `/campaigns/${campaignId}/contacts`, { contacts: [contact(n)], now: NOW });
  return { thread: body.enrolled[0] as { thread_id: string; run_error: string | null; step: number }, email: contact(n).email as string };
}

const resumeWith = (token: string, threadId: string, now = NOW + 60_000) =>
  callWith(app, envWithProviders(fakeOrigin(), { GMAIL_ACCESS_TOKEN: token }), "POST", `/threads/${threadId}/runs/wait`, { assistant_id: "campaign", command: { resume: { now } } });

const ledger = (threadId: string) => rows("SELECT step, status, provider, message_id FROM send_ledger WHERE thread_id = ?", threadId);

describe("a campaign on a Gmail mailbox", () => {
  beforeEach(resetDb);

  it("sends the touch through the Gmail API with the one-click headers and the signed Reply-To", async () => {
    const { thread, email } = await gmailCampaign(71, "ya29.ok");
    expect(thread).toMatchObject({ run_error: null, step: 1 });
    const [req] = await fakeRequestsFor(email);
    expect(req).toMatchObject({ status: 200, problem: null });
    expect(req!.rfc2822!.headers).toMatchObject({
      from: '"Sam Seller" <sam@acme.example>',
      "list-unsubscribe-post": "List-Unsubscribe=One-Click",
      "message-id": `<${thread.thread_id}.0@acme.example>`,
    });
    expect(req!.rfc2822!.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:8787\/unsubscribe\?token=[0-9a-f]{32}-[0-9a-f]{20}>$/);
    expect(req!.rfc2822!.headers["reply-to"]).toMatch(/^reply\+[0-9a-f]{32}-[0-9a-f]{20}@replies\.localhost$/);
    expect(req!.rfc2822!.body).toContain("1 Main St, Springfield, 12345");
    expect(await ledger(thread.thread_id)).toEqual([{ step: 0, status: "sent", provider: "gmail", message_id: `<${thread.thread_id}.0@acme.example>` }]);
    expect(await rows("SELECT COUNT(*) AS n FROM outbox")).toEqual([{ n: 0 }]);
  });

  it("a Gmail 500 (outcome unknown) is never resent: the thread pauses for a human", async () => {
    const { thread, email } = await gmailCampaign(72, "broken");
    expect(thread.run_error).toMatch(/gmail answered 500/);
    expect(await ledger(thread.thread_id)).toEqual([{ step: 0, status: "reserved", provider: null, message_id: null }]);
    const out = await resumeWith("ya29.ok", thread.thread_id);
    expect(out.body.__interrupt__[0].value).toMatchObject({ kind: "wait", status: "paused", reason: "send_outcome_unknown" });
    expect(await ledger(thread.thread_id)).toMatchObject([{ status: "unknown" }]);
    expect((await fakeRequestsFor(email)).map((r) => r.status)).toEqual([500]);
  });

  it("a refused token (401) releases the reservation: after the fix the touch goes out once", async () => {
    const { thread, email } = await gmailCampaign(73, "expired");
    expect(thread.run_error).toMatch(/gmail answered 401 UNAUTHENTICATED/);
    expect(thread.run_error).not.toContain("expired");
    expect(await ledger(thread.thread_id)).toEqual([]);
    const out = await resumeWith("ya29.ok", thread.thread_id);
    expect(out.body.__error__).toBeUndefined();
    expect(await ledger(thread.thread_id)).toMatchObject([{ status: "sent", provider: "gmail" }]);
    expect((await fakeRequestsFor(email)).map((r) => r.status)).toEqual([401, 200]);
  });
});
