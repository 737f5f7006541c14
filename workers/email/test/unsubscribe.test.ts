import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { emailWorker } from "../src/app.ts";
import { replyToken, unsubscribeToken } from "../src/campaign/reply-token.ts";
import { contact, count, createCampaign, DAY, enroll, makeApp, NOW, resetDb, resume, rows, testEnv } from "./helpers.ts";
import { threadRow } from "./inbound-helpers.ts";

const app = makeApp();
// The production entry: what the dispatcher's /unsubscribe route reaches.
const worker = emailWorker();

async function request(method: "GET" | "POST", path: string, body?: string, contentType = "application/x-www-form-urlencoded") {
  const ctx = createExecutionContext();
  const init: RequestInit = body === undefined ? { method } : { method, body, headers: { "content-type": contentType } };
  const res = await worker.fetch(new Request(`https://app.example.com${path}`, init), testEnv, ctx);
  await waitOnExecutionContext(ctx);
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** Two campaigns writing to the same contact; the first thread's unsubscribe URL as sent. */
async function setup() {
  const first = await createCampaign(app);
  const second = await createCampaign(app);
  const a = (await enroll(app, first, [contact(1)])).body.enrolled[0].thread_id as string;
  const b = (await enroll(app, second, [contact(1)])).body.enrolled[0].thread_id as string;
  const headers = JSON.parse((await rows<{ headers: string }>("SELECT headers FROM outbox WHERE idempotency_key = ?", `${a}:0`))[0]!.headers);
  const url = new URL(/^<(.+)>$/.exec(headers["List-Unsubscribe"])![1]!);
  return { threadA: a, threadB: b, path: `${url.pathname}${url.search}`, token: url.searchParams.get("token")! };
}

const nothingWritten = async (threadA: string) => {
  expect(await count("do_not_contact")).toBe(0);
  expect(await rows("SELECT status FROM contacts")).toEqual([{ status: "active" }]);
  expect(await threadRow(threadA)).toMatchObject({ status: "waiting" });
  expect(await rows("SELECT kind FROM outcome_events WHERE kind != 'sent'")).toEqual([]);
};

describe("RFC 8058 one-click unsubscribe", () => {
  beforeEach(resetDb);

  it("GET shows a confirmation page with a POST button and writes nothing (link scanners GET)", async () => {
    const { threadA, path, token } = await setup();
    const res = await request("GET", path);
    expect(res.status).toBe(200);
    expect(res.html).toContain(`<form method="post" action="/unsubscribe?token=${token}">`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("set-cookie")).toBeNull();
    await nothingWritten(threadA);
  });

  it("POST with the one-click body records the opt-out at once, across the contact's campaigns", async () => {
    const { threadA, threadB, path, token } = await setup();
    const res = await request("POST", path, "List-Unsubscribe=One-Click");
    expect(res.status).toBe(200);
    expect(res.html).toContain("You are unsubscribed");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await rows("SELECT kind, value, source FROM do_not_contact")).toEqual([{ kind: "address", value: "person1@example1.com", source: "unsubscribe" }]);
    expect(await rows("SELECT status FROM contacts")).toEqual([{ status: "unsubscribed" }]);
    expect(await threadRow(threadA)).toMatchObject({ status: "stopped", stop_reason: "unsubscribed", wake_at: null });
    expect(await threadRow(threadB)).toMatchObject({ status: "stopped", stop_reason: "unsubscribed" });
    const events = await rows<{ event_id: string; kind: string; thread_id: string; data: string }>("SELECT event_id, kind, thread_id, data FROM outcome_events WHERE kind != 'sent'");
    expect(events.map((e) => [e.event_id, e.kind, e.thread_id])).toEqual([[`unsubscribe:${token}`, "unsubscribed", threadA]]);
    expect(JSON.parse(events[0]!.data)).toEqual({ one_click_body: true, source: "one_click" });
  });

  it("a repeated POST (client retry) lands once", async () => {
    const { path } = await setup();
    await request("POST", path, "List-Unsubscribe=One-Click");
    expect((await request("POST", path, "List-Unsubscribe=One-Click")).status).toBe(200);
    expect(await count("do_not_contact")).toBe(1);
    expect(await rows("SELECT kind FROM outcome_events WHERE kind = 'unsubscribed'")).toHaveLength(1);
  });

  it("the confirmation page's own form (multipart) and a body-less POST unsubscribe too", async () => {
    const { path } = await setup();
    const multipart = '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n';
    expect((await request("POST", path, multipart, "multipart/form-data; boundary=x")).status).toBe(200);
    const [event] = await rows<{ data: string }>("SELECT data FROM outcome_events WHERE kind = 'unsubscribed'");
    expect(JSON.parse(event!.data).one_click_body).toBe(true);
    await resetDb();
    const again = await setup();
    expect((await request("POST", again.path)).status).toBe(200);
    expect(await rows("SELECT status FROM contacts")).toEqual([{ status: "unsubscribed" }]);
  });

  it.each([
    ["a forged MAC", (t: string) => `${t.slice(0, 33)}${"0".repeat(20)}`],
    ["a truncated token", (t: string) => t.slice(0, 40)],
    ["no token", () => ""],
  ])("%s: 400 on GET and POST, nothing written", async (_, forge) => {
    const { threadA, token } = await setup();
    for (const method of ["GET", "POST"] as const) {
      const res = await request(method, `/unsubscribe?token=${forge(token)}`, method === "POST" ? "List-Unsubscribe=One-Click" : undefined);
      expect(res.status).toBe(400);
      expect(res.html).toContain("This link is not valid");
    }
    await nothingWritten(threadA);
  });

  it("a reply token cannot unsubscribe (tokens are signed per purpose)", async () => {
    const { threadA } = await setup();
    const token = await replyToken(threadA, testEnv.REPLY_TOKEN_SECRET!);
    expect((await request("POST", `/unsubscribe?token=${token}`, "List-Unsubscribe=One-Click")).status).toBe(400);
    await nothingWritten(threadA);
  });

  it("a valid token whose thread is gone is a 404 page", async () => {
    await setup();
    const token = await unsubscribeToken("0f0f0f0f-0000-5000-8000-000000000000", testEnv.REPLY_TOKEN_SECRET!);
    const res = await request("POST", `/unsubscribe?token=${token}`, "List-Unsubscribe=One-Click");
    expect(res.status).toBe(404);
    expect(await count("do_not_contact")).toBe(0);
  });

  it("a run already in flight meets the opt-out in its next check_reply and guard", async () => {
    const { threadA, path } = await setup();
    await request("POST", path, "List-Unsubscribe=One-Click");
    // as if the thread had been resumed just before the POST: its run goes on
    await testEnv.DB.prepare("UPDATE campaign_threads SET status = 'waiting' WHERE thread_id = ?").bind(threadA).run();
    const out = await resume(app, threadA, { now: NOW + 3 * DAY });
    expect(out.__interrupt__).toBeUndefined();
    expect(await threadRow(threadA)).toMatchObject({ status: "stopped", stop_reason: "unsubscribed" });
    expect(await rows("SELECT COUNT(*) AS n FROM outbox")).toEqual([{ n: 2 }]);
  });
});
