import { describe, expect, it } from "vitest";
import { gmailSender } from "../src/senders/gmail-sender.ts";
import { graphSender } from "../src/senders/graph-sender.ts";
import { resendSender } from "../src/senders/resend-sender.ts";
import { isSendFailure, type SendFailure } from "../src/senders/send-failure.ts";
import { fakeOrigin, fakeRequestsFor, uniqueMessage } from "./mail-fakes.ts";

const failureOf = async (p: Promise<unknown>): Promise<SendFailure> => {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isSendFailure(e)) throw new Error(`expected a SendFailure, got ${String(e)}`);
  return e;
};

// Each token makes the fakes answer like the provider does when it refuses.
const FAILURES = [
  // a refused request proves nothing was sent: safe to retry
  { token: "expired", status: 401, kind: "rejected" },
  { token: "throttled", status: 429, kind: "rejected" },
  // a 5xx after the request left: the mail may have gone out
  { token: "broken", status: 500, kind: "unknown" },
] as const;

describe("gmail sender (fake Gmail API)", () => {
  const gmail = (token = "ya29.test") => gmailSender({ apiUrl: fakeOrigin(), token });

  it("POSTs base64url RFC 2822 with the required headers and reports Gmail's ids", async () => {
    const message = uniqueMessage();
    const receipt = await gmail().send(message, "3f0c0000-0000-5000-8000-000000000001:0");
    expect(receipt).toMatchObject({ provider: "gmail", messageId: "<3f0c0000-0000-5000-8000-000000000001.0@acme.example>" });
    expect(receipt.providerMessageId).toMatch(/^[0-9a-f]{16}$/);
    const [req] = await fakeRequestsFor(message.to);
    expect(req).toMatchObject({ provider: "gmail", method: "POST", path: "/gmail/v1/users/me/messages/send", token: "ya29.test", status: 200, problem: null });
    expect(req!.contentType).toMatch(/^application\/json/);
    expect(req!.rfc2822!.headers).toMatchObject({
      to: message.to,
      subject: message.subject,
      "message-id": receipt.messageId,
      "list-unsubscribe": "<https://app.example.com/unsubscribe?token=abc>",
      "list-unsubscribe-post": "List-Unsubscribe=One-Click",
      "reply-to": message.headers["Reply-To"],
    });
    expect(req!.rfc2822!.body).toContain("1 Main St, Springfield");
    expect((req!.body as { threadId?: string }).threadId).toBeUndefined();
  });

  it("threads a reply: threadId plus In-Reply-To and References", async () => {
    const message = uniqueMessage({ subject: "Re: Quick question", headers: { "In-Reply-To": "<a@mail.example.com>", References: "<a@mail.example.com>" } });
    const receipt = await gmail().send({ ...message, thread: { providerThreadId: "18c5aa0000000001" } } as typeof message, "k:1");
    expect(receipt).toMatchObject({ providerThreadId: "18c5aa0000000001" });
    const [req] = await fakeRequestsFor(message.to);
    expect(req!.body).toMatchObject({ threadId: "18c5aa0000000001" });
    expect(req!.rfc2822!.headers).toMatchObject({ "in-reply-to": "<a@mail.example.com>", references: "<a@mail.example.com>" });
  });

  it.each(FAILURES)("token $token → $status, $kind", async ({ token, status, kind }) => {
    const e = await failureOf(gmail(token).send(uniqueMessage(), "k:2"));
    expect(e).toMatchObject({ provider: "gmail", status, kind });
    expect(e.message).not.toContain("ya29");
    if (status === 429) expect(e.retryAfterMs).toBe(7000);
  });

  it("no answer at all is an unknown outcome, never a refusal", async () => {
    const dropped = () => Promise.reject(new TypeError("Network connection lost."));
    const e = await failureOf(gmailSender({ apiUrl: fakeOrigin(), token: "t", fetch: dropped }).send(uniqueMessage(), "k:3"));
    expect(e).toMatchObject({ kind: "unknown", code: "network", status: null });
  });
});

describe("graph sender (fake Microsoft Graph)", () => {
  const graph = (token = "eyJ.test") => graphSender({ apiUrl: fakeOrigin(), token });

  it("POSTs sendMail JSON: replyTo, List-Unsubscribe as PidTagListUnsubscribe, x- headers only", async () => {
    const message = uniqueMessage({ headers: { ...uniqueMessage().headers, "X-Campaign": "cmp_1" } });
    const receipt = await graph().send(message, "k:0");
    expect(receipt).toMatchObject({ provider: "microsoft", messageId: null });
    expect(receipt.providerMessageId).toMatch(/^[0-9a-f-]{36}$/);
    const [req] = await fakeRequestsFor(message.to);
    expect(req).toMatchObject({ path: "/v1.0/me/sendMail", status: 202, problem: null });
    expect(req!.body).toEqual({
      message: {
        subject: message.subject,
        body: { contentType: "Text", content: message.text },
        toRecipients: [{ emailAddress: { address: message.to } }],
        replyTo: [{ emailAddress: { address: message.headers["Reply-To"] } }],
        internetMessageHeaders: [{ name: "X-Campaign", value: "cmp_1" }],
        singleValueExtendedProperties: [{ id: "String 0x1045", value: "<https://app.example.com/unsubscribe?token=abc>" }],
      },
      saveToSentItems: true,
    });
  });

  it("answers a message through /messages/{id}/reply", async () => {
    const message = uniqueMessage();
    await graph().send({ ...message, thread: { providerMessageId: "AAMkAD=" } } as typeof message, "k:1");
    const [req] = await fakeRequestsFor(message.to);
    expect(req).toMatchObject({ path: "/v1.0/me/messages/AAMkAD%3D/reply", status: 202, problem: null });
    expect((req!.body as { message: { subject?: string } }).message.subject).toBeUndefined();
  });

  it.each(FAILURES)("token $token → $status, $kind", async ({ token, status, kind }) => {
    expect(await failureOf(graph(token).send(uniqueMessage(), "k:2"))).toMatchObject({ provider: "microsoft", status, kind });
  });
});

describe("resend sender (fake Resend)", () => {
  const resend = (token = "re_test") => resendSender({ apiUrl: fakeOrigin(), token });

  it("sends JSON with Idempotency-Key = the key; a repeat is deduplicated by Resend", async () => {
    const message = uniqueMessage({ headers: { "Auto-Submitted": "auto-generated" } });
    const key = `review:${message.to}:0`;
    const first = await resend().send(message, key);
    const again = await resend().send(message, key);
    expect(again.providerMessageId).toBe(first.providerMessageId);
    const reqs = await fakeRequestsFor(message.to);
    expect(reqs.map((r) => [r.status, r.idempotencyKey, r.problem])).toEqual([
      [200, key, null],
      [200, key, null],
    ]);
    expect(reqs[0]!.body).toEqual({ from: '"Sam Seller" <sam@acme.example>', to: [message.to], subject: message.subject, text: message.text, headers: { "Auto-Submitted": "auto-generated" } });
  });

  it("the same key with another payload is a 409: the first may have gone, so unknown", async () => {
    const message = uniqueMessage();
    await resend().send(message, `k:${message.to}`);
    expect(await failureOf(resend().send({ ...message, subject: "changed" }, `k:${message.to}`))).toMatchObject({ status: 409, code: "invalid_idempotent_request", kind: "unknown" });
  });

  it.each([
    { token: "re_expired", status: 403, kind: "rejected", code: "invalid_api_key" },
    { token: "re_throttled", status: 429, kind: "rejected", code: "rate_limit_exceeded" },
    { token: "re_broken", status: 500, kind: "unknown", code: "application_error" },
  ] as const)("token $token → $status $code", async ({ token, status, kind, code }) => {
    expect(await failureOf(resend(token).send(uniqueMessage(), "k:1"))).toMatchObject({ provider: "resend", status, kind, code });
  });
});
