// The fakes must refuse what the real APIs refuse, or the sender tests prove
// nothing: malformed requests sent straight at them.
import { describe, expect, it } from "vitest";
import { fakeOrigin } from "./mail-fakes.ts";

const b64url = (s: string) => btoa(s).replace(/\+/g, "-").replace(/\//g, "_");
const GOOD_HEADERS = "From: sam@acme.example\r\nTo: ada@example.com\r\nSubject: Hi\r\nDate: Tue, 24 Nov 2026 15:00:00 +0000\r\nMessage-ID: <a@acme.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n";

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${fakeOrigin()}${path}`, {
    method: "POST",
    headers: { authorization: "Bearer ok", "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

const message = (extra: Record<string, unknown> = {}) => ({
  subject: "Hi",
  body: { contentType: "Text", content: "Hello" },
  toRecipients: [{ emailAddress: { address: "ada@example.com" } }],
  ...extra,
});

describe("fake Gmail API", () => {
  const send = (raw: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) => post("/gmail/v1/users/me/messages/send", { raw, ...extra }, headers);

  it.each([
    ["a well-formed message", 200, b64url(`${GOOD_HEADERS}\r\nHello`), {}],
    ["standard base64 instead of base64url", 400, `${btoa(`${GOOD_HEADERS}\r\n???>>>`)}+/`, {}],
    ["bare LF line ends", 400, b64url(GOOD_HEADERS.replace(/\r\n/g, "\n") + "\nHello"), {}],
    ["no Message-ID", 400, b64url(`${GOOD_HEADERS.replace(/Message-ID: .*\r\n/, "")}\r\nHello`), {}],
    ["a threadId without In-Reply-To/References", 400, b64url(`${GOOD_HEADERS}\r\nHello`), { threadId: "18c" }],
  ] as const)("%s → %i", async (_, status, raw, extra) => {
    expect((await send(raw, extra)).status).toBe(status);
  });

  it("refuses a request without a bearer token like Google (401 UNAUTHENTICATED)", async () => {
    const res = await fetch(`${fakeOrigin()}/gmail/v1/users/me/messages/send`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).error.status).toBe("UNAUTHENTICATED");
  });

  it("refuses a non-JSON body", async () => {
    expect((await send(b64url(`${GOOD_HEADERS}\r\nHello`), {}, { "content-type": "text/plain" })).status).toBe(400);
  });
});

describe("fake Microsoft Graph", () => {
  it.each([
    ["a well-formed message", 202, null, { message: message() }],
    ["List-Unsubscribe as an internet message header", 400, "InvalidInternetMessageHeader", { message: message({ internetMessageHeaders: [{ name: "List-Unsubscribe", value: "<https://x>" }] }) }],
    ["six custom headers", 400, "InvalidInternetMessageHeader", { message: message({ internetMessageHeaders: Array.from({ length: 6 }, (_, i) => ({ name: `x-h${i}`, value: "v" })) }) }],
    ["an empty header array", 400, "InvalidInternetMessageHeader", { message: message({ internetMessageHeaders: [] }) }],
    ["no recipients", 400, "ErrorInvalidRecipients", { message: message({ toRecipients: [] }) }],
  ] as const)("%s → %i %s", async (_, status, code, body) => {
    const res = await post("/v1.0/me/sendMail", body);
    expect(res.status).toBe(status);
    expect(res.body?.error?.code ?? null).toBe(code);
  });

  it("refuses a reply with both a comment and a message body", async () => {
    expect((await post("/v1.0/me/messages/AAM/reply", { comment: "x", message: { body: { contentType: "Text", content: "y" } } })).status).toBe(400);
  });
});

describe("fake Resend", () => {
  it.each([
    ["no API key", 401, "missing_api_key", {}],
    ["a key that is not re_…", 403, "invalid_api_key", { authorization: "Bearer nope" }],
    ["an idempotency key over 256 characters", 400, "invalid_idempotency_key", { authorization: "Bearer re_ok", "idempotency-key": "k".repeat(257) }],
  ] as const)("%s → %i %s", async (_, status, name, headers) => {
    const res = await fetch(`${fakeOrigin()}/emails`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ from: "a@acme.example", to: ["b@example.com"], subject: "s", text: "t" }),
    });
    expect(res.status).toBe(status);
    expect(((await res.json()) as any).name).toBe(name);
  });

  it("refuses a body without text or html (422)", async () => {
    expect((await post("/emails", { from: "a@acme.example", to: ["b@example.com"], subject: "s" }, { authorization: "Bearer re_ok" })).status).toBe(422);
  });
});
