import type { AppFetch } from "../api/internal-run.ts";
import { outreachLinksOf, type EmailEnv } from "../env.ts";
import { polarityData } from "../outcomes/polarity.ts";
import { nudgeThread, type NudgeOutcome } from "../outcomes/thread-nudge.ts";
import { classifyInbound, type ClassifyVerdict } from "./classify-client.ts";
import { classifyInputOf } from "./classify-input.ts";
import { inboundExists, storeInbound, type InboundReason } from "./inbound-store.ts";
import { inboundOutcomeOf, type InboundOutcome } from "./inbound-outcome.ts";
import { MAX_PARSE_BYTES, STORED_TEXT_CHARS } from "./limits.ts";
import { matchThread } from "./match-thread.ts";
import { parseMail } from "./parse-message.ts";
import { readRaw, sha256Hex, type RawMessage } from "./read-raw.ts";
import { reflectInbound, reflectsLabel } from "./reflect-inbound.ts";
import { replyTokens } from "./reply-address.ts";

/** The SMTP envelope: who the message claims to be from, and the recipient Email Routing delivered to. */
export interface InboundEnvelope {
  readonly from: string;
  readonly to: string;
}

export interface InboundDeps {
  /**
   * The app's own fetch, to resume the thread now and to run `memory_reflect`
   * after the response; without it the thread acts at its next tick and
   * nothing is learnt from the message.
   */
  readonly appFetch?: AppFetch;
  /** Receipt clock (ms); default the wall clock. */
  readonly now?: number;
}

/** What became of one message. `retry` is the only result that asks the sender to try again later. */
export type InboundResult =
  | {
      readonly status: "stored";
      readonly message_id: string;
      readonly thread_id: string | null;
      readonly match_status: "matched" | "unmatched";
      readonly reason: InboundReason | null;
      readonly label: string | null;
      readonly outcome: InboundOutcome["kind"] | null;
      readonly nudge: NudgeOutcome;
      /** `queued`: `memory_reflect` runs on the message after the response (`ctx.waitUntil`); `skipped`: nothing to learn from it. */
      readonly reflect: "queued" | "skipped";
    }
  | { readonly status: "duplicate"; readonly message_id: string }
  | { readonly status: "rejected"; readonly reason: "empty" }
  | { readonly status: "retry"; readonly reason: "classify_unavailable" | "not_configured"; readonly error: string };

/**
 * The inbound pipeline, for Email Routing's `email()` and the `/inbound` relay:
 * 1. read at most 4 MiB (an oversized message keeps only its headers) and
 *    parse with postal-mime; malformed MIME is kept under a hash of its bytes;
 * 2. skip a Message-ID already stored (redeliveries land once);
 * 3. match the thread by the signed `reply+<token>@REPLY_DOMAIN` of the
 *    envelope, Delivered-To, To or Cc — a missing, forged or dead token keeps
 *    the message unmatched and unclassified, never attached;
 * 4. classify a matched message with `inbound_classify` on the classify worker;
 * 5. store the row, its outcome event and the contact's consequence in one batch;
 * 6. resume the thread now so check_reply applies the rules (a busy thread
 *    is left for its next tick: everything it needs is stored);
 * 7. after that, in `ctx.waitUntil`, learn from it: a person's reply (a label
 *    in `REFLECTS`) goes through `memory_reflect`, whose facts land in
 *    `memory_items` as `inbound_unverified`. It never fails or delays the
 *    pipeline; a redelivery runs it again and the graph answers `duplicate`
 *    (idempotent per thread and Message-ID), so a reflection lost with the
 *    first delivery's `waitUntil` is made up then, and none is made twice.
 * A bad message never throws; only infrastructure failures (D1 down) do.
 * `retry` means "not now": classify unreachable, or the token secret missing.
 *
 * @example
 * await handleInbound(message.raw, { from: message.from, to: message.to }, env, ctx, { appFetch: app.fetch });
 * // { status: "stored", match_status: "matched", label: "interested", outcome: "replied", nudge: "resumed", reflect: "queued", … }
 */
export async function handleInbound(raw: RawMessage, envelope: InboundEnvelope, env: EmailEnv, ctx: ExecutionContext, deps: InboundDeps = {}): Promise<InboundResult> {
  const now = deps.now ?? Date.now();
  if (!env.REPLY_TOKEN_SECRET) return { status: "retry", reason: "not_configured", error: "REPLY_TOKEN_SECRET is not set: reply tokens cannot be verified." };
  const { bytes, truncated } = await readRaw(raw, MAX_PARSE_BYTES);
  if (bytes.byteLength === 0) return { status: "rejected", reason: "empty" };

  const parsed = await parseMail(bytes, { headersOnly: truncated });
  const mail = parsed.ok ? parsed.mail : null;
  const messageId = mail?.messageId ?? `sha256:${await sha256Hex(bytes)}`;
  if (await inboundExists(env.DB, messageId)) return duplicate(messageId, env, ctx, deps);

  const sources = { envelopeTo: envelope.to, deliveredTo: mail?.deliveredTo ?? [], to: mail?.to ?? [], cc: mail?.cc ?? [] };
  const match = await matchThread(env.DB, env.REPLY_TOKEN_SECRET, replyTokens(sources, outreachLinksOf(env).replyDomain));
  let reason: InboundReason | null = !mail ? "malformed_mime" : truncated ? "oversized" : match.reason;

  let verdict: ClassifyVerdict | null = null;
  if (match.thread && mail && !truncated) {
    const classified = await classifyInbound(env.CLASSIFY, classifyInputOf(mail, new Date(now).toISOString()));
    if (!classified.ok && classified.temporary) return { status: "retry", reason: "classify_unavailable", error: classified.error };
    if (classified.ok) verdict = classified.verdict;
    else reason = "classify_failed";
  }
  const outcome = match.thread ? inboundOutcomeOf(verdict?.label ?? null, verdict?.return_date ?? null) : null;

  const stored = await storeInbound(env.DB, {
    messageId,
    thread: match.thread,
    fromAddress: mail?.fromAddress ?? (envelope.from.trim().toLowerCase() || "unknown"),
    toAddress: envelope.to.trim().toLowerCase(),
    subject: mail?.subject ?? null,
    // Malformed: keep the start of the raw text for the human who looks at it.
    text: mail ? mail.text.slice(0, STORED_TEXT_CHARS) : new TextDecoder().decode(bytes.subarray(0, 16 * 1024)),
    label: verdict?.label ?? null,
    confidence: verdict?.confidence ?? null,
    returnDate: verdict?.return_date ?? null,
    stage: verdict?.stage ?? null,
    reason,
    rawSize: bytes.byteLength,
    now,
    outcome,
    eventData: verdict ? { stage: verdict.stage, confidence: verdict.confidence, classifier: verdict.provider, ...polarityData(outcome?.kind ?? "replied", verdict.label) } : {},
  });
  if (!stored) return duplicate(messageId, env, ctx, deps);

  // An unclassified message on a thread also acts: like any unlabelled reply it stops the thread.
  const acts = match.thread !== null && (outcome !== null || verdict === null);
  const nudge = acts && deps.appFetch ? await nudgeThread(deps.appFetch, env, ctx, match.thread!.thread_id, now) : "skipped";
  // Learning is not response-critical: it runs after everything above, in waitUntil.
  const learns = match.thread !== null && deps.appFetch !== undefined && reflectsLabel(verdict?.label) && mail !== null && mail.text.trim() !== "";
  if (learns) ctx.waitUntil(reflectInbound(deps.appFetch!, env, ctx, messageId));
  return {
    status: "stored",
    message_id: messageId,
    thread_id: match.thread?.thread_id ?? null,
    match_status: match.thread ? "matched" : "unmatched",
    reason,
    label: verdict?.label ?? null,
    outcome: outcome?.kind ?? null,
    nudge,
    reflect: learns ? "queued" : "skipped",
  };
}

/** A message stored before: nothing is written again; its reflection is asked for again (the graph answers `duplicate` if it ran). */
function duplicate(messageId: string, env: EmailEnv, ctx: ExecutionContext, deps: InboundDeps): InboundResult {
  if (deps.appFetch) ctx.waitUntil(reflectInbound(deps.appFetch, env, ctx, messageId));
  return { status: "duplicate", message_id: messageId };
}
