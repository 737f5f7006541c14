// The two ways mail reaches the pipeline: Email Routing's email() handler and
// the POST /inbound relay (the dispatcher's email() in local dev).
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { emailWorker } from "../src/app.ts";
import type { EmailEnv } from "../src/env.ts";
import { count, makeApp, resetDb, testEnv } from "./helpers.ts";
import { enrolledThread, fixtureBytes, replyAddress, threadRow, type Fixture } from "./inbound-helpers.ts";

const worker = emailWorker();
const app = makeApp();

/** A ForwardableEmailMessage as Email Routing hands it over. */
function routedMessage(raw: Uint8Array, to: string) {
  return {
    from: "person1@example1.com",
    to,
    raw: new Response(raw).body!,
    rawSize: raw.byteLength,
    headers: new Headers(),
    canBeForwarded: true,
    setReject: vi.fn(),
    forward: vi.fn(),
    reply: vi.fn(),
  } as unknown as ForwardableEmailMessage & { setReject: ReturnType<typeof vi.fn> };
}

async function email(raw: Uint8Array, to: string, env: EmailEnv = testEnv) {
  const ctx = createExecutionContext();
  const message = routedMessage(raw, to);
  const outcome = await worker.email(message, env, ctx).then(
    () => "accepted",
    (e: unknown) => `threw: ${(e as Error).message}`,
  );
  await waitOnExecutionContext(ctx);
  return { outcome, rejected: message.setReject.mock.calls.length > 0 };
}

async function relay(raw: BodyInit | null, headers: Record<string, string>, env: EmailEnv = testEnv) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request("https://email.internal/inbound", { method: "POST", headers: { "content-type": "message/rfc822", ...headers }, body: raw }), env, ctx);
  await waitOnExecutionContext(ctx);
  return { status: res.status, body: (await res.json()) as any };
}

describe("email() (Email Routing)", () => {
  beforeEach(resetDb);

  it("a reply is handled and the thread stops; nothing is rejected", async () => {
    const { threadId } = await enrolledThread(app);
    const to = await replyAddress(threadId);
    expect(await email(fixtureBytes("humanReply", to), to)).toEqual({ outcome: "accepted", rejected: false });
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });

  it.each<[string, Fixture, string]>([
    ["malformed MIME", "malformed", "x@replies.localhost"],
    ["a forged token", "forgedToken", "reply+0123456789abcdef0123456789abcdef-00000000000000000000@replies.localhost"],
    ["no token at all", "humanReply", "hello@replies.localhost"],
  ])("%s never throws (a throw is a temporary SMTP failure and a retry loop)", async (_, fixture, to) => {
    expect(await email(fixtureBytes(fixture, to), to)).toEqual({ outcome: "accepted", rejected: false });
    expect(await count("inbound_messages")).toBe(1);
  });

  it("throws when the message cannot be handled now, so the sender retries later", async () => {
    const { threadId } = await enrolledThread(app);
    const to = await replyAddress(threadId);
    const raw = new TextEncoder().encode(new TextDecoder().decode(fixtureBytes("humanReply", to)).replace("Subject: Re:", "Subject: [classify-503] Re:"));
    expect((await email(raw, to)).outcome).toMatch(/^threw: inbound: classify_unavailable/);
    expect((await email(fixtureBytes("humanReply", to), to, { ...testEnv, REPLY_TOKEN_SECRET: undefined })).outcome).toMatch(/not_configured/);
    expect(await count("inbound_messages")).toBe(0);
  });
});

describe("POST /inbound (relay)", () => {
  beforeEach(resetDb);

  it("stores a relayed reply (201), then answers a redelivery as a duplicate (200)", async () => {
    const { threadId } = await enrolledThread(app);
    const to = await replyAddress(threadId);
    const headers = { "x-envelope-from": "person1@example1.com", "x-envelope-to": to };
    expect(await relay(fixtureBytes("humanReply", to), headers)).toMatchObject({ status: 201, body: { status: "stored", thread_id: threadId, label: "interested", nudge: "resumed" } });
    expect(await relay(fixtureBytes("humanReply", to), headers)).toMatchObject({ status: 200, body: { status: "duplicate" } });
    expect(await threadRow(threadId)).toMatchObject({ status: "stopped" });
  });

  it("takes messages over the API's 1 MiB body limit (replies with attachments)", async () => {
    const { threadId } = await enrolledThread(app);
    const to = await replyAddress(threadId);
    const big = new TextDecoder().decode(fixtureBytes("humanReply", to)).replace("--b1--", `--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${"QUJD".repeat(400_000)}\r\n--b1--`);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect(await relay(big, { "x-envelope-to": to })).toMatchObject({ status: 201, body: { status: "stored", reason: null, label: "interested" } });
  });

  it.each([
    ["no envelope recipient", 400, {}, "x"],
    ["no body", 400, { "x-envelope-to": "x@replies.localhost" }, null],
  ] as const)("%s → %i", async (_, status, headers, body) => {
    expect((await relay(body, headers)).status).toBe(status);
  });

  it("answers 503 when the message must be retried, so the relay's email() throws", async () => {
    const { threadId } = await enrolledThread(app);
    const to = await replyAddress(threadId);
    const raw = new TextDecoder().decode(fixtureBytes("humanReply", to)).replace("Subject: Re:", "Subject: [classify-503] Re:");
    expect(await relay(raw, { "x-envelope-to": to })).toMatchObject({ status: 503, body: { status: "retry", reason: "classify_unavailable" } });
  });

  it("sits behind the worker's bearer guard on a copy reachable by URL", async () => {
    const env = { ...testEnv, WORKER_SECRET_SHA256: "a".repeat(64) };
    expect((await relay("x", { "x-envelope-to": "x@replies.localhost" }, env)).status).toBe(401);
  });
});
