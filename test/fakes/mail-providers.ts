// Local fakes of the mail providers' HTTP APIs (Node only), on loopback:
// the Gmail API (users.messages.send), Microsoft Graph (sendMail, reply) and
// Resend (POST /emails). Each checks the documented request shape — method,
// path, bearer auth, content type, the base64url RFC 2822 `raw` with its
// required headers, Graph's JSON with its header rules, Resend's JSON and
// Idempotency-Key — and answers like the real API: ids on success, the
// provider's own error bodies otherwise. Tokens pick failures:
// "expired" → 401, "throttled" → 429 (Retry-After: 7), "broken" → 500
// (Resend: "re_expired" is 403 invalid_api_key, "re_throttled", "re_broken").
// GET /__fake/requests lists what was received, decoded, for assertions.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedMailRequest {
  readonly provider: "gmail" | "microsoft" | "resend" | "unknown";
  readonly method: string;
  readonly path: string;
  readonly token: string | null;
  readonly contentType: string;
  readonly idempotencyKey: string | null;
  readonly body: unknown;
  /** Gmail: the decoded RFC 2822 message (header names lower-cased, folded lines joined). */
  readonly rfc2822?: { readonly headers: Record<string, string>; readonly body: string };
  readonly status: number;
  readonly problem: string | null;
}

export interface MailProviders {
  /** `http://127.0.0.1:<port>`: the value of GMAIL_API_URL, GRAPH_API_URL and RESEND_API_URL. */
  readonly origin: string;
  readonly requests: RecordedMailRequest[];
  close(): Promise<void>;
}

type Reply = { status: number; json?: unknown; headers?: Record<string, string>; problem?: string };

const gmailError = (status: number, message: string, reason: string, s: string): Reply => ({
  status,
  json: { error: { code: status, message, errors: [{ message, domain: "global", reason }], status: s } },
  problem: status === 400 ? message : undefined,
});
const graphError = (status: number, code: string, message: string): Reply => ({
  status,
  json: { error: { code, message, innerError: { "request-id": randomUUID(), date: new Date().toISOString() } } },
  problem: status === 400 ? message : undefined,
});
const resendError = (status: number, name: string, message: string): Reply => ({ status, json: { statusCode: status, name, message }, problem: status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429 ? message : undefined });

/** The token failure of a bearer token, shared by Gmail and Graph. */
function tokenFailure(token: string | null, provider: "gmail" | "microsoft"): Reply | null {
  if (!token) return provider === "gmail" ? gmailError(401, "Request is missing required authentication credential.", "required", "UNAUTHENTICATED") : graphError(401, "InvalidAuthenticationToken", "Access token is empty.");
  if (token === "expired") return provider === "gmail" ? gmailError(401, "Request had invalid authentication credentials.", "authError", "UNAUTHENTICATED") : graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
  if (token === "throttled") return { ...(provider === "gmail" ? gmailError(429, "User-rate limit exceeded.", "rateLimitExceeded", "RESOURCE_EXHAUSTED") : graphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.")), headers: { "retry-after": "7" } };
  if (token === "broken") return provider === "gmail" ? gmailError(500, "Backend Error", "backendError", "INTERNAL") : graphError(500, "InternalServerError", "An internal server error occurred.");
  return null;
}

/** Splits an RFC 2822 message; null when it is not CRLF-delimited headers + body. */
function parseRfc2822(text: string): { headers: Record<string, string>; body: string; problem: string | null } {
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) return { headers: {}, body: "", problem: "no CRLF CRLF between the header block and the body" };
  if (/(^|[^\r])\n/.test(text)) return { headers: {}, body: "", problem: "bare LF line ending (RFC 5322 requires CRLF)" };
  const lines = text.slice(0, end).split("\r\n");
  if (lines.some((l) => l.length > 998)) return { headers: {}, body: "", problem: "a header line longer than 998 characters" };
  const headers: Record<string, string> = {};
  let last = "";
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) headers[last] += ` ${line.trim()}`;
    else {
      const m = /^([!-9;-~]+):[ \t]?(.*)$/.exec(line);
      if (!m) return { headers, body: "", problem: `not a header line: ${line.slice(0, 60)}` };
      last = m[1]!.toLowerCase();
      headers[last] = m[2]!;
    }
  }
  return { headers, body: text.slice(end + 4), problem: null };
}

const REQUIRED_GMAIL_HEADERS = ["from", "to", "subject", "date", "message-id", "mime-version", "content-type"];

function gmail(path: string, token: string | null, type: string, body: unknown, out: { rfc2822?: RecordedMailRequest["rfc2822"] }): Reply {
  if (path !== "/gmail/v1/users/me/messages/send") return gmailError(404, `Not found: ${path}`, "notFound", "NOT_FOUND");
  const raw = (body as { raw?: unknown } | null)?.raw;
  const threadId = (body as { threadId?: unknown } | null)?.threadId;
  const base64url = typeof raw === "string" && /^[A-Za-z0-9_-]+=*$/.test(raw);
  // Decoded before any check, so the log shows refused requests too.
  const message = base64url ? parseRfc2822(Buffer.from(raw, "base64url").toString("utf8")) : null;
  if (message) out.rfc2822 = { headers: message.headers, body: message.body };
  const auth = tokenFailure(token, "gmail");
  if (auth) return auth;
  if (!type.startsWith("application/json")) return gmailError(400, `Invalid content type ${type}`, "badContent", "INVALID_ARGUMENT");
  if (typeof raw !== "string" || raw === "") return gmailError(400, "'raw' RFC822 payload message string or uploading message via /upload/* URL required", "invalidArgument", "INVALID_ARGUMENT");
  if (!message) return gmailError(400, "Invalid value for ByteString: raw is not base64url", "invalidArgument", "INVALID_ARGUMENT");
  if (message.problem) return gmailError(400, `Invalid RFC 2822 message: ${message.problem}`, "invalidArgument", "INVALID_ARGUMENT");
  const missing = REQUIRED_GMAIL_HEADERS.filter((h) => !message.headers[h]);
  if (missing.length) return gmailError(400, `Missing headers: ${missing.join(", ")}`, "invalidArgument", "INVALID_ARGUMENT");
  if (threadId !== undefined && (typeof threadId !== "string" || !message.headers["in-reply-to"] || !message.headers.references)) {
    return gmailError(400, "A threadId needs In-Reply-To and References headers to thread", "invalidArgument", "INVALID_ARGUMENT");
  }
  const id = randomUUID().replace(/-/g, "").slice(0, 16);
  return { status: 200, json: { id, threadId: typeof threadId === "string" ? threadId : id, labelIds: ["SENT"] } };
}

const isRecipients = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((r) => typeof r?.emailAddress?.address === "string" && r.emailAddress.address.includes("@"));

function graphMessageProblem(m: any, reply: boolean): Reply | null {
  if (!m || typeof m !== "object") return graphError(400, "ErrorInvalidRequest", "The 'message' parameter is required.");
  if (!reply && typeof m.subject !== "string") return graphError(400, "ErrorInvalidRequest", "The message needs a subject.");
  if (!m.body || !["Text", "HTML", "text", "html"].includes(m.body.contentType) || typeof m.body.content !== "string") return graphError(400, "ErrorInvalidRequest", "body.contentType must be Text or HTML with a string content.");
  if (!reply && !isRecipients(m.toRecipients)) return graphError(400, "ErrorInvalidRecipients", "At least one recipient is not valid.");
  if (m.replyTo !== undefined && !isRecipients(m.replyTo)) return graphError(400, "ErrorInvalidRecipients", "replyTo is not valid.");
  const headers = m.internetMessageHeaders;
  if (headers !== undefined) {
    if (!Array.isArray(headers) || headers.length < 1 || headers.length > 5) return graphError(400, "InvalidInternetMessageHeader", "The number of internet message headers is invalid (should be less or equal to 5).");
    const bad = headers.find((h: any) => typeof h?.name !== "string" || !/^x-/i.test(h.name) || typeof h.value !== "string");
    if (bad) return graphError(400, "InvalidInternetMessageHeader", `The internet message header name '${bad?.name}' should start with 'x-' or 'X-'.`);
  }
  const props = m.singleValueExtendedProperties;
  if (props !== undefined && (!Array.isArray(props) || props.some((p: any) => typeof p?.id !== "string" || typeof p.value !== "string"))) return graphError(400, "ErrorInvalidProperty", "singleValueExtendedProperties entries need a string id and value.");
  return null;
}

function graph(path: string, token: string | null, type: string, body: any, clientRequestId: string | undefined): Reply {
  const reply = /^\/v1\.0\/me\/messages\/[^/]+\/reply$/.test(path);
  if (path !== "/v1.0/me/sendMail" && !reply) return graphError(404, "ResourceNotFound", `Resource not found for the segment '${path}'.`);
  const auth = tokenFailure(token, "microsoft");
  if (auth) return auth;
  if (!type.startsWith("application/json")) return graphError(415, "UnsupportedMediaType", `Content type ${type} is not supported (JSON here).`);
  if (reply && body?.comment !== undefined && body?.message?.body !== undefined) return graphError(400, "ErrorInvalidRequest", "Specify either a comment or the body property of the message parameter, not both.");
  if (!reply && body?.saveToSentItems !== undefined && typeof body.saveToSentItems !== "boolean") return graphError(400, "ErrorInvalidRequest", "saveToSentItems must be a boolean.");
  if (!reply || body?.message !== undefined) {
    const problem = graphMessageProblem(body?.message, reply);
    if (problem) return problem;
  }
  return { status: 202, headers: { "request-id": randomUUID(), "client-request-id": clientRequestId ?? randomUUID() } };
}

const idempotent = new Map<string, { hash: string; reply: Reply }>();

function resend(path: string, token: string | null, type: string, body: any, key: string | null): Reply {
  if (path !== "/emails") return resendError(404, "not_found", "The requested endpoint does not exist.");
  if (!token) return resendError(401, "missing_api_key", "Missing API key in the authorization header.");
  if (!token.startsWith("re_") || token === "re_expired") return resendError(403, "invalid_api_key", "API key is invalid.");
  if (token === "re_throttled") return { ...resendError(429, "rate_limit_exceeded", "Too many requests."), headers: { "retry-after": "1" } };
  if (token === "re_broken") return resendError(500, "application_error", "An unexpected error occurred.");
  if (!type.startsWith("application/json")) return resendError(422, "validation_error", "Content-Type must be application/json.");
  if (key !== null && (key.length < 1 || key.length > 256)) return resendError(400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
  const to = typeof body?.to === "string" ? [body.to] : body?.to;
  if (typeof body?.from !== "string" || !body.from.includes("@")) return resendError(422, "validation_error", "The `from` field must be a valid email address.");
  if (!Array.isArray(to) || to.length < 1 || to.length > 50 || !to.every((t: unknown) => typeof t === "string" && t.includes("@"))) return resendError(422, "validation_error", "The `to` field must be 1-50 email addresses.");
  if (typeof body.subject !== "string") return resendError(422, "missing_required_field", "The `subject` field is missing.");
  if (typeof body.text !== "string" && typeof body.html !== "string") return resendError(422, "missing_required_field", "Either `text` or `html` is required.");
  if (body.headers !== undefined && (typeof body.headers !== "object" || Object.values(body.headers).some((v) => typeof v !== "string"))) return resendError(422, "validation_error", "`headers` must map names to strings.");
  const hash = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  const seen = key ? idempotent.get(`${token}:${key}`) : undefined;
  if (seen) return seen.hash === hash ? seen.reply : resendError(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
  const reply: Reply = { status: 200, json: { id: randomUUID() } };
  if (key) idempotent.set(`${token}:${key}`, { hash, reply });
  return reply;
}

async function handle(req: IncomingMessage, requests: RecordedMailRequest[]): Promise<Reply> {
  const url = new URL(req.url ?? "/", "http://fake");
  if (req.method === "GET" && url.pathname === "/__fake/requests") return { status: 200, json: requests };
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? null;
  const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  const provider = url.pathname.startsWith("/gmail/") ? "gmail" : url.pathname.startsWith("/v1.0/") ? "microsoft" : url.pathname === "/emails" ? "resend" : "unknown";
  const extra: { rfc2822?: RecordedMailRequest["rfc2822"] } = {};
  const reply =
    req.method !== "POST"
      ? { status: 405, json: { error: "method not allowed" }, problem: `method ${req.method}` }
      : provider === "gmail"
        ? gmail(url.pathname, token, type, body, extra)
        : provider === "microsoft"
          ? graph(url.pathname, token, type, body, req.headers["client-request-id"] as string | undefined)
          : provider === "resend"
            ? resend(url.pathname, token, type, body, key)
            : { status: 404, json: { error: "no such fake" }, problem: `unknown path ${url.pathname}` };
  requests.push({ provider, method: req.method ?? "", path: url.pathname, token, contentType: type, idempotencyKey: key, body, ...extra, status: reply.status, problem: reply.problem ?? null });
  return reply;
}

/**
 * Starts the fakes on 127.0.0.1 (a random port unless given).
 *
 * @example
 * const mail = await startMailProviders();
 * const env = { ...testEnv, GMAIL_API_URL: mail.origin, GMAIL_ACCESS_TOKEN: "ya29.test" };
 */
export async function startMailProviders(options: { port?: number } = {}): Promise<MailProviders> {
  const requests: RecordedMailRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    handle(req, requests)
      .then((reply) => {
        res.writeHead(reply.status, { ...(reply.json !== undefined ? { "content-type": "application/json" } : {}), ...reply.headers });
        res.end(reply.json !== undefined ? JSON.stringify(reply.json) : undefined);
      })
      .catch((e: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: String(e) }));
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
