import type { WorkerBindings } from "@agentic-sales/shared/runtime";

/** The email worker's bindings: `[vars]` of wrangler.toml plus secrets. */
export interface EmailEnv extends WorkerBindings {
  /** Public origin of the unsubscribe endpoint (var), e.g. `https://app.example.com`. */
  PUBLIC_BASE_URL?: string;
  /** Domain of the signed `Reply-To: reply+<token>@…` address (var); routed to the inbound handler by Email Routing. */
  REPLY_DOMAIN?: string;
  /** Secret of the reply and unsubscribe tokens (`wrangler secret put REPLY_TOKEN_SECRET`; `.dev.vars` locally). */
  REPLY_TOKEN_SECRET?: string;

  // Mail providers (src/senders). URLs are vars with public defaults (tests
  // point them at local fakes); tokens are secrets and are never logged.
  /** Gmail API origin (var); default `https://gmail.googleapis.com`. */
  GMAIL_API_URL?: string;
  /** OAuth access token of the user's Gmail mailbox, scope gmail.send (secret). */
  GMAIL_ACCESS_TOKEN?: string;
  /** Microsoft Graph origin (var); default `https://graph.microsoft.com`. */
  GRAPH_API_URL?: string;
  /** Delegated OAuth access token of the user's Microsoft mailbox, scope Mail.Send (secret). */
  GRAPH_ACCESS_TOKEN?: string;
  /** Resend API origin (var); default `https://api.resend.com`. */
  RESEND_API_URL?: string;
  /** Resend API key (secret): transactional notices only; unset = notices land in the outbox table. */
  RESEND_API_KEY?: string;
  /** Sender of transactional notices (var), an address on a domain verified with Resend. */
  NOTICE_FROM?: string;

  /** Campaign resumes of one queue batch run at once (var), 1–10; default 4 (see resume-consumer.ts). */
  RESUME_CONCURRENCY?: string;

  /** The classify worker (service binding): `POST /runs/wait` runs `inbound_classify`. */
  CLASSIFY?: Fetcher;
}

/** Defaults for local runs; production sets both vars. */
export const LOCAL_PUBLIC_BASE_URL = "http://localhost:8787";
export const LOCAL_REPLY_DOMAIN = "replies.localhost";

/**
 * The outreach link settings from env, with local defaults. A trailing slash
 * on the base URL is dropped so `${base}/unsubscribe` is well-formed.
 *
 * @example
 * outreachLinksOf({ PUBLIC_BASE_URL: "https://app.example.com/" }); // { publicBaseUrl: "https://app.example.com", replyDomain: "replies.localhost" }
 */
export function outreachLinksOf(env: Pick<EmailEnv, "PUBLIC_BASE_URL" | "REPLY_DOMAIN">): { publicBaseUrl: string; replyDomain: string } {
  return {
    publicBaseUrl: (env.PUBLIC_BASE_URL?.trim() || LOCAL_PUBLIC_BASE_URL).replace(/\/+$/, ""),
    replyDomain: env.REPLY_DOMAIN?.trim() || LOCAL_REPLY_DOMAIN,
  };
}

/**
 * Why a base URL cannot go into `List-Unsubscribe`, or null when it can:
 * mailbox providers only honour one-click (RFC 8058) over https; plain http
 * is accepted for localhost, where mail only reaches the outbox table.
 *
 * @example
 * unsubscribeBaseProblem("http://app.example.com"); // "PUBLIC_BASE_URL must be an https URL (got \"http://app.example.com\")."
 * unsubscribeBaseProblem("http://localhost:8787");  // null
 */
export function unsubscribeBaseProblem(base: string): string | null {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `PUBLIC_BASE_URL is not a URL (got ${JSON.stringify(base.slice(0, 80))}).`;
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  return url.protocol === "https:" || (local && url.protocol === "http:") ? null : `PUBLIC_BASE_URL must be an https URL (got ${JSON.stringify(base.slice(0, 80))}).`;
}
