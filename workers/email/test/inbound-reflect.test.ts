// Learning from replies: the inbound pipeline runs memory_reflect on a
// person's reply after the response (ctx.waitUntil), through the app's own
// POST /runs/wait, and a later email_compose for the contact recalls it.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { HubLike } from "../src/graphs/email-outreach/compose-touch.ts";
import { emailWorker } from "../src/app.ts";
import type { AppFetch } from "../src/api/internal-run.ts";
import { handleInbound } from "../src/inbound/handle-inbound.ts";
import { reflectInbound, reflectsLabel, REFLECTS } from "../src/inbound/reflect-inbound.ts";
import { INBOUND_OUTCOME_LABELS } from "../src/outcomes/polarity.ts";
import { call, count, makeApp, resetDb, rows, SENDER, testEnv, type App } from "./helpers.ts";
import { offlineHub } from "./fake-hub.ts";
import { deliver, enrolledThread, eventsOf, fixtureBytes, RECEIVED, replyAddress, threadRow, type Fixture } from "./inbound-helpers.ts";

const app = makeApp();

const MESSAGE_ID = "<CAF=leave-0001@mail.example1.com>";
/** The one fact the offline extractor distils from REPLY_TEXT (a timing cue: "in March"). */
const FACT = "I'm out on parental leave and back in March, so ping me then.";
// The quoted history is ours, not the contact's: it must not become a fact about them.
const REPLY_TEXT = `Hi Sam,\r\n\r\nThanks for thinking of us. ${FACT}\r\n\r\nAda\r\n\r\nOn Tue, Nov 24, 2026 at 10:00 AM Sam Seller <sam@acme.example> wrote:\r\n> We're currently evaluating how teams like yours plan routes.\r\n`;

/** A plain-text reply from the enrolled contact to the thread's reply address. */
const reply = (to: string, o: { messageId?: string; text?: string; subject?: string } = {}) =>
  [
    "From: Ada Example <person1@example1.com>",
    `To: Sam Seller <${to}>`,
    `Subject: ${o.subject ?? "Re: Quick question for Example 1 Logistics"}`,
    "Date: Wed, 25 Nov 2026 09:02:03 -0500",
    `Message-ID: ${o.messageId ?? MESSAGE_ID}`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    o.text ?? REPLY_TEXT,
  ].join("\r\n");

type Reflected = { status: number; body: Record<string, unknown> };

/**
 * The app's fetch, watched: every memory_reflect run it serves is recorded
 * (with the graph's answer). `reflect` replaces how those runs are served.
 */
function watched(target: App, reflect?: (request: Request, env: Parameters<AppFetch>[1], ctx: ExecutionContext) => Promise<Response>) {
  const reflections: Reflected[] = [];
  const fetch: AppFetch = async (request, env, ctx) => {
    const body = request.method === "POST" ? ((await request.clone().json().catch(() => null)) as { assistant_id?: string } | null) : null;
    if (body?.assistant_id !== "memory_reflect") return target.fetch(request, env, ctx);
    const res = await (reflect ? reflect(request, env, ctx) : target.fetch(request, env, ctx));
    reflections.push({ status: res.status, body: (await res.clone().json().catch(() => ({}))) as Record<string, unknown> });
    return res;
  };
  return { fetch, reflections };
}

/** One message through handleInbound with this app fetch; waits for its waitUntil work. */
async function deliverWith(appFetch: AppFetch, raw: string | Uint8Array, to: string) {
  const ctx = createExecutionContext();
  const result = await handleInbound(typeof raw === "string" ? new TextEncoder().encode(raw) : raw, { from: "person1@example1.com", to }, testEnv, ctx, { appFetch, now: RECEIVED });
  await waitOnExecutionContext(ctx);
  return result;
}

const memoryRows = () => rows("SELECT contact_id, company_id, thread_id, message_id, kind, fact, source FROM memory_items ORDER BY created_at, id");
const companyOf = async (contactId: string) => (await rows<{ company_id: string }>("SELECT company_id FROM contacts WHERE contact_id = ?", contactId))[0]!.company_id;

/** A hub whose every call throws (a bug, a dead provider): memory_reflect's distil fails. */
const throwingHub = (): HubLike => ({
  complete: () => Promise.reject(new Error("hub exploded")),
});

async function setup() {
  const t = await enrolledThread(app);
  return { ...t, replyTo: await replyAddress(t.threadId), companyId: await companyOf(t.contactId) };
}

/** The inbound work a reply must always get, learning or not. */
async function expectHandled(threadId: string, messageId = MESSAGE_ID) {
  expect((await eventsOf(threadId)).map((e) => [e.event_id, e.kind, e.label])).toEqual([[`inbound:${messageId}`, "replied", "interested"]]);
  expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  expect(await rows("SELECT match_status, label FROM inbound_messages WHERE message_id = ?", messageId)).toEqual([{ match_status: "matched", label: "interested" }]);
}

describe("inbound replies are learnt (memory_reflect after the response)", () => {
  beforeEach(async () => {
    await resetDb();
    await testEnv.DB.batch(["memory_items", "memory_reflections"].map((t) => testEnv.DB.prepare(`DELETE FROM ${t}`)));
  });

  it("every inbound_classify label is decided: the five human intents are learnt; bounces, opt-outs, auto-replies and spam never", () => {
    expect(Object.keys(REFLECTS).sort()).toEqual([...INBOUND_OUTCOME_LABELS].sort());
    expect(INBOUND_OUTCOME_LABELS.filter(reflectsLabel).sort()).toEqual(["info_request", "interested", "meeting_scheduled", "not_interested", "partnership"]);
    expect([null, undefined, "", "replied", "toString", "__proto__"].some(reflectsLabel)).toBe(false);
  });

  it("a reply stating a timing fact lands in memory_items: inbound trust tier, linked to the contact, its company, the thread and the message", async () => {
    const { threadId, contactId, companyId, replyTo } = await setup();
    const w = watched(app);
    const result = await deliverWith(w.fetch, reply(replyTo), replyTo);
    expect(result).toMatchObject({ status: "stored", message_id: MESSAGE_ID, label: "interested", outcome: "replied", nudge: "resumed", reflect: "queued" });
    await expectHandled(threadId);

    expect(w.reflections).toEqual([{ status: 200, body: expect.objectContaining({ status: "written", written: 1, provider: "offline", skip_reason: null }) }]);
    // Only the contact's own words: the quoted line of our email ("We're currently evaluating …") is not theirs.
    expect(await memoryRows()).toEqual([
      { contact_id: contactId, company_id: companyId, thread_id: threadId, message_id: MESSAGE_ID, kind: "timing", fact: FACT, source: "inbound_unverified" },
    ]);
    expect(await rows("SELECT thread_id, message_id, facts FROM memory_reflections")).toEqual([{ thread_id: threadId, message_id: MESSAGE_ID, facts: 1 }]);
  });

  it("then email_compose for the contact recalls the fact where a person reviews the draft (memory_used ≥ 1), as quoted data, and never unreviewed", async () => {
    const { contactId, replyTo } = await setup();
    await deliver(app, reply(replyTo), replyTo);
    expect(await count("memory_items")).toBe(1);
    // The worker's app as production builds it, its hub watched: the offline gateway hub.
    let prompts: { role: string; content: string }[] = [];
    const composing = makeApp({
      hub: () => {
        const hub = offlineHub();
        return { complete: (c) => ((prompts = prompts.concat(c.messages as { role: string; content: string }[])), hub.complete(c)) };
      },
    });
    const compose = async (humanReview: boolean) => {
      prompts = [];
      const { status, body } = await call(composing, "POST", "/runs/wait", { assistant_id: "email_compose", input: { contact_id: contactId, sender: SENDER, human_review: humanReview } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ action: "compose", skip_reason: null });
      return { body, quoted: prompts.filter((m) => m.content.includes("parental leave")).map((m) => m.role) };
    };

    const reviewed = await compose(true);
    expect(reviewed.body.memory_used).toBeGreaterThanOrEqual(1);
    // In the prompt, as data in the user message; untrusted text never reaches a system message.
    expect(reviewed.quoted.length).toBeGreaterThan(0);
    expect(reviewed.quoted).not.toContain("system");

    // inbound_unverified is admitted only where a human reviews before send.
    const unreviewed = await compose(false);
    expect(unreviewed.body.memory_used).toBe(0);
    expect(unreviewed.quoted).toEqual([]);
  });

  it.each<[string, Fixture, string]>([
    ["a DSN bounce", "bounceDsn", "bounced"],
    ["an unsubscribe reply", "unsubscribeReply", "unsubscribe"],
    ["an out-of-office auto-reply", "oooEn", "auto_reply"],
  ])("%s is acted on but never reflected: no memory_reflect run, nothing stored", async (_, fixture, label) => {
    const { replyTo } = await setup();
    const w = watched(app);
    expect(await deliverWith(w.fetch, fixtureBytes(fixture, replyTo), replyTo)).toMatchObject({ status: "stored", label, reflect: "skipped" });
    expect(w.reflections).toEqual([]);
    expect(await count("memory_items")).toBe(0);
    expect(await count("memory_reflections")).toBe(0);
  });

  it("an unmatched reply (forged token) is never reflected, even when redelivered", async () => {
    await setup();
    const forged = "reply+0123456789abcdef0123456789abcdef-00000000000000000000@replies.localhost";
    const w = watched(app);
    expect(await deliverWith(w.fetch, reply(forged), forged)).toMatchObject({ status: "stored", match_status: "unmatched", reflect: "skipped" });
    expect(await deliverWith(w.fetch, reply(forged), forged)).toMatchObject({ status: "duplicate" });
    expect(w.reflections).toEqual([]);
    expect(await count("memory_reflections")).toBe(0);
  });

  it("a redelivery writes nothing new: memory_reflect runs again and answers duplicate (its own idempotency), no model call", async () => {
    const { threadId, replyTo } = await setup();
    const w = watched(app);
    await deliverWith(w.fetch, reply(replyTo), replyTo);
    const before = await rows("SELECT id, fact, created_at FROM memory_items");
    expect(before).toHaveLength(1);

    expect(await deliverWith(w.fetch, reply(replyTo), replyTo)).toEqual({ status: "duplicate", message_id: MESSAGE_ID });
    expect(w.reflections.map((r) => [r.body.status, r.body.written, r.body.provider])).toEqual([
      ["written", 1, "offline"],
      ["duplicate", 0, "none"],
    ]);
    expect(await rows("SELECT id, fact, created_at FROM memory_items")).toEqual(before);
    expect(await count("memory_reflections")).toBe(1);
    expect(await eventsOf(threadId)).toHaveLength(1);

    // And reflecting the stored message once more by hand: still a duplicate.
    const ctx = createExecutionContext();
    expect(await reflectInbound(app.fetch, testEnv, ctx, MESSAGE_ID)).toEqual({ status: "duplicate", written: 0, skip_reason: null });
    await waitOnExecutionContext(ctx);
    expect(await count("memory_items")).toBe(1);
  });

  it("a reflection lost with the first delivery (memory_reflect unreachable) is made up by the redelivery, once", async () => {
    const { threadId, replyTo } = await setup();
    const down = watched(app, async () => Response.json({ error: "upstream_unreachable", message: "down" }, { status: 503 }));
    expect(await deliverWith(down.fetch, reply(replyTo), replyTo)).toMatchObject({ status: "stored", reflect: "queued" });
    expect(down.reflections).toHaveLength(1);
    expect(await count("memory_items")).toBe(0);
    await expectHandled(threadId);

    expect(await deliver(app, reply(replyTo), replyTo)).toMatchObject({ status: "duplicate" });
    expect(await memoryRows()).toEqual([expect.objectContaining({ fact: FACT, source: "inbound_unverified", message_id: MESSAGE_ID })]);
    await deliver(app, reply(replyTo), replyTo);
    expect(await count("memory_items")).toBe(1);
  });

  it("a hub that throws: memory_reflect skips, the reply is still recorded, the thread stopped, nothing learnt", async () => {
    const { threadId, replyTo } = await setup();
    const broken = makeApp({ hub: () => throwingHub() });
    const w = watched(broken);
    expect(await deliverWith(w.fetch, reply(replyTo), replyTo)).toMatchObject({ status: "stored", outcome: "replied", nudge: "resumed", reflect: "queued" });
    await expectHandled(threadId);
    expect(w.reflections).toEqual([{ status: 200, body: expect.objectContaining({ status: "skipped", written: 0, skip_reason: expect.stringMatching(/hub exploded|error/) }) }]);
    expect(await count("memory_items")).toBe(0);
    // Skipped is not reflected: a later delivery may still learn it.
    expect(await count("memory_reflections")).toBe(0);
  });

  it.each<[string, () => Promise<Response>]>([
    ["throws", () => Promise.reject(new Error("isolate lost"))],
    ["answers 500", async () => Response.json({ error: "internal", message: "boom" }, { status: 500 })],
    ["fails its run (__error__)", async () => Response.json({ __error__: { error: "TypeError", message: "boom" } })],
  ])("a memory_reflect run that %s never fails inbound handling", async (_, serve) => {
    const { threadId, replyTo } = await setup();
    const w = watched(app, serve);
    expect(await deliverWith(w.fetch, reply(replyTo), replyTo)).toMatchObject({ status: "stored", outcome: "replied", nudge: "resumed", reflect: "queued" });
    await expectHandled(threadId);
    expect(await count("memory_items")).toBe(0);
  });

  it("reflection never delays the pipeline: the result is back while memory_reflect is still running", async () => {
    const { threadId, replyTo } = await setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started = vi.fn();
    const slow = watched(app, async (request, env, ctx) => {
      started();
      await gate;
      return app.fetch(request, env, ctx);
    });
    const ctx = createExecutionContext();
    const result = await handleInbound(new TextEncoder().encode(reply(replyTo)), { from: "person1@example1.com", to: replyTo }, testEnv, ctx, { appFetch: slow.fetch, now: RECEIVED });
    expect(result).toMatchObject({ status: "stored", outcome: "replied", nudge: "resumed", reflect: "queued" });
    await expectHandled(threadId);
    await vi.waitFor(() => expect(started).toHaveBeenCalledOnce());
    expect(await count("memory_items")).toBe(0);

    release();
    await waitOnExecutionContext(ctx);
    expect(await memoryRows()).toEqual([expect.objectContaining({ kind: "timing", fact: FACT })]);
  });

  it("a reply whose text says nothing durable is reflected with no facts, and marked so", async () => {
    const { replyTo } = await setup();
    const w = watched(app);
    await deliverWith(w.fetch, reply(replyTo, { text: "Hi Sam,\r\n\r\nSounds good, send me the deck?\r\n\r\nAda\r\n" }), replyTo);
    expect(w.reflections.map((r) => [r.body.status, r.body.written])).toEqual([["written", 0]]);
    expect(await count("memory_items")).toBe(0);
    expect(await count("memory_reflections")).toBe(1);
  });

  it("a long reply is reflected within memory_reflect's input limit (its head: the author's own words)", async () => {
    const { replyTo } = await setup();
    const w = watched(app);
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit\r\n".repeat(1_000);
    await deliverWith(w.fetch, reply(replyTo, { text: `Hi Sam,\r\n\r\n${FACT}\r\n\r\n${filler}` }), replyTo);
    expect(w.reflections.map((r) => [r.status, r.body.status])).toEqual([[200, "written"]]);
    expect(await memoryRows()).toEqual([expect.objectContaining({ fact: FACT })]);
  });
});

describe("both entry points learn, and survive a reflection that fails", () => {
  beforeEach(async () => {
    await resetDb();
    await testEnv.DB.batch(["memory_items", "memory_reflections"].map((t) => testEnv.DB.prepare(`DELETE FROM ${t}`)));
  });

  const routed = (raw: string, to: string) =>
    ({ from: "person1@example1.com", to, raw: new Response(raw).body!, rawSize: raw.length, headers: new Headers(), canBeForwarded: true, setReject: vi.fn(), forward: vi.fn(), reply: vi.fn() }) as unknown as ForwardableEmailMessage;

  it("email() (Email Routing) learns the fact", async () => {
    const worker = emailWorker();
    const { threadId, replyTo } = await setup();
    const ctx = createExecutionContext();
    await worker.email(routed(reply(replyTo), replyTo), testEnv, ctx);
    await waitOnExecutionContext(ctx);
    await expectHandled(threadId);
    expect(await memoryRows()).toEqual([expect.objectContaining({ thread_id: threadId, fact: FACT, source: "inbound_unverified" })]);
  });

  it("with a throwing hub, email() still accepts; the reply is recorded and the thread stopped", async () => {
    const worker = emailWorker({ hub: () => throwingHub() });
    const { threadId, replyTo } = await setup();
    const ctx = createExecutionContext();
    await expect(worker.email(routed(reply(replyTo), replyTo), testEnv, ctx)).resolves.toBeUndefined();
    await waitOnExecutionContext(ctx);
    await expectHandled(threadId);
    expect(await count("memory_items")).toBe(0);
  });

  it("with a throwing hub, POST /inbound still answers 201; the reply is recorded and the thread stopped", async () => {
    const worker = emailWorker({ hub: () => throwingHub() });
    const { threadId, replyTo } = await setup();
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request("https://email.internal/inbound", { method: "POST", headers: { "content-type": "message/rfc822", "x-envelope-to": replyTo }, body: reply(replyTo) }),
      testEnv,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: "stored", outcome: "replied", reflect: "queued" });
    await expectHandled(threadId);
    expect(await count("memory_items")).toBe(0);
  });
});
