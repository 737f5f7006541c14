// A scripted fake of the OpenAI chat-completions API on loopback HTTP (Node only).
// It checks the documented request shape, so the real client code path is tested
// end to end without a network or a key.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake answers to one request. */
export type FakeReply =
  | { readonly kind: "ok"; readonly content?: string; readonly model?: string; readonly usage?: Record<string, unknown>; readonly headers?: Record<string, string> }
  | { readonly kind: "error"; readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  /** Never answers: the client must give up at its deadline. */
  | { readonly kind: "hang" }
  /** 200 with a body that is not JSON. */
  | { readonly kind: "malformed" };

/** Canned replies for the faults the gateway must handle. */
export const reply = {
  ok: (content = "fake answer", usage: Record<string, unknown> = { prompt_tokens: 12, completion_tokens: 3, prompt_tokens_details: { cached_tokens: 4 } }): FakeReply => ({ kind: "ok", content, usage }),
  rateLimited: (retryAfterSeconds?: number): FakeReply => ({
    kind: "error",
    status: 429,
    body: { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" } },
    ...(retryAfterSeconds === undefined ? {} : { headers: { "retry-after": String(retryAfterSeconds) } }),
  }),
  spendLimit: (code: "insufficient_quota" | "project_spend_limit_exceeded" | "organization_spend_limit_exceeded"): FakeReply => ({
    kind: "error",
    status: 429,
    body: { error: { message: "You exceeded your current quota", type: code === "insufficient_quota" ? "insufficient_quota" : "requests", code } },
  }),
  aiGatewaySpendLimit: (): FakeReply => ({ kind: "error", status: 429, body: { success: false, error: [{ code: 2041, message: "Spend limit exceeded" }] } }),
  serverError: (status: 500 | 502 | 503 = 500): FakeReply => ({ kind: "error", status, body: { error: { message: "upstream failure", type: "server_error" } } }),
  hang: (): FakeReply => ({ kind: "hang" }),
  malformed: (): FakeReply => ({ kind: "malformed" }),
};

export interface RecordedRequest {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown> | undefined;
  /** Shape violations found; a request with any gets a 400 instead of its scripted reply. */
  readonly violations: readonly string[];
}

export interface FakeOpenAIServer {
  /** `http://127.0.0.1:<port>`; append `/v1` or `/v1/acct/gw/compat` for a base URL. */
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** Queue replies for the next requests, in order; when empty, `fallback` answers. */
  script(...replies: FakeReply[]): void;
  /** Forget scripted replies and recorded requests (call between tests). */
  reset(): void;
  close(): Promise<void>;
}

const PATHS = [/^\/v1\/chat\/completions$/, /\/compat\/chat\/completions$/];
const ROLES = new Set(["system", "user", "assistant", "developer", "tool"]);

function violationsOf(method: string, path: string, headers: IncomingHttpHeaders, raw: string): { body: Record<string, unknown> | undefined; violations: string[] } {
  const v: string[] = [];
  if (method !== "POST") v.push(`method must be POST, got ${method}`);
  if (!PATHS.some((p) => p.test(path))) v.push(`path must be /v1/chat/completions or …/compat/chat/completions, got ${path}`);
  if (!/^Bearer \S+$/.test(headers.authorization ?? "")) v.push('header "authorization" must be "Bearer <key>"');
  if (!(headers["content-type"] ?? "").startsWith("application/json")) v.push('header "content-type" must be application/json');
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    v.push("body must be JSON");
    return { body, violations: v };
  }
  if (typeof body.model !== "string" || body.model === "") v.push('"model" must be a non-empty string');
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) v.push('"messages" must be a non-empty array');
  else
    messages.forEach((m: { role?: unknown; content?: unknown }, i) => {
      if (!ROLES.has(String(m.role))) v.push(`"messages[${i}].role" must be a chat role, got ${JSON.stringify(m.role)}`);
      if (typeof m.content !== "string") v.push(`"messages[${i}].content" must be a string`);
    });
  return { body, violations: v };
}

/**
 * Starts the fake on 127.0.0.1 and a random port.
 *
 * @example
 * const fake = await startFakeOpenAIServer();
 * fake.script(reply.rateLimited(1), reply.ok("hi"));
 * const provider = openAICompatibleProvider({ baseUrl: `${fake.origin}/v1`, apiKey: "sk-test", model: "gpt-4o-mini" });
 */
export async function startFakeOpenAIServer(fallback: FakeReply = reply.ok()): Promise<FakeOpenAIServer> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "";
      const { body, violations } = violationsOf(req.method ?? "", path, req.headers, Buffer.concat(chunks).toString("utf8"));
      requests.push({ at: Date.now(), method: req.method ?? "", path, headers: req.headers, body, violations });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
      };
      if (violations.length > 0) return send(400, { error: { message: violations.join("; "), type: "invalid_request_error", code: "fake_shape_violation" } });
      const r = queue.shift() ?? fallback;
      if (r.kind === "hang") return;
      if (r.kind === "malformed") return send(200, '{"choices": [ {"message": ');
      if (r.kind === "error") return send(r.status, r.body ?? "", r.headers);
      send(
        200,
        {
          id: `chatcmpl-fake-${requests.length}`,
          object: "chat.completion",
          model: r.model ?? body?.model,
          choices: [{ index: 0, message: { role: "assistant", content: r.content ?? "fake answer" }, finish_reason: "stop" }],
          usage: r.usage ?? { prompt_tokens: 12, completion_tokens: 3 },
        },
        r.headers,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => void queue.push(...replies),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
