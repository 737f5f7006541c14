import { log } from "@agentic-sales/shared/telemetry";
import { internalFetch, type AppFetch } from "../api/internal-run.ts";
import type { EmailEnv } from "../env.ts";
import type { InboundLabel } from "../outcomes/polarity.ts";
import { REFLECT_SUBJECT_CHARS, REFLECT_TEXT_CHARS } from "./limits.ts";
import { INBOUND_FOR_REFLECT } from "./inbound-sql.ts";

/**
 * Which `inbound_classify` labels carry a person's own words worth learning
 * from. Exhaustive on purpose: a new label does not compile until it is
 * decided here.
 * - the five human intents, `not_interested` included ("not now, we signed
 *   with X until Q3" is exactly what a later touch should know);
 * - never `bounced` (a mail server wrote it), `unsubscribe` (the person
 *   opted out: nothing more is learnt to write to them again), `spam`, or
 *   `auto_reply` (an out-of-office is the mail system's text; its one
 *   useful fact, the return date, already holds the thread as an
 *   `out_of_office` outcome and is not durable).
 * An unclassified message (`classify_failed`, malformed, oversized) has no
 * known label and is not reflected either.
 */
export const REFLECTS: Readonly<Record<InboundLabel, boolean>> = {
  interested: true,
  not_interested: true,
  info_request: true,
  partnership: true,
  meeting_scheduled: true,
  auto_reply: false,
  bounced: false,
  unsubscribe: false,
  spam: false,
};

/** True when a stored message with this label is reflected into memory. */
export const reflectsLabel = (label: string | null | undefined): boolean => label != null && Object.hasOwn(REFLECTS, label) && REFLECTS[label as InboundLabel];

/** What one reflection did: the graph's status, or why it did not run. */
export type ReflectResult =
  | { readonly status: "written" | "duplicate" | "skipped"; readonly written: number; readonly skip_reason: string | null }
  | { readonly status: "not_reflected"; readonly reason: "not_stored" | "unmatched" | "label" | "no_text" | "message_id_too_long" }
  | { readonly status: "failed"; readonly error: string };

interface StoredInbound {
  readonly thread_id: string | null;
  readonly contact_id: string | null;
  readonly company_id: string | null;
  readonly label: string | null;
  readonly subject: string | null;
  readonly text_body: string | null;
}

/** `memory_reflect`'s limit on `message_id` (RFC 5322's line length). */
const MAX_MESSAGE_ID_CHARS = 998;

/**
 * Learns from one stored inbound message: runs `memory_reflect` through the
 * worker's own app (`POST /runs/wait`, the path every caller takes) with
 * direction `inbound`, the campaign thread, the RFC Message-ID, the contact
 * and its company, the subject and the text body as stored (at most
 * `REFLECT_TEXT_CHARS` of it, the graph's input limit). Reads the stored row,
 * so a first delivery and a redelivery reflect the same thing; only a
 * matched message with a label in `REFLECTS` and some text is reflected.
 * Idempotent through the graph: a message reflected before answers
 * `duplicate` with no model call and no write. Meant for `ctx.waitUntil`
 * after the pipeline's own work: it never throws, and a failure is logged
 * and returned, never passed on.
 *
 * @example
 * ctx.waitUntil(reflectInbound(app.fetch, env, ctx, "<CAF=abc@mail.example.com>"));
 * // → { status: "written", written: 1, skip_reason: null }; the fact is in memory_items as inbound_unverified
 */
export async function reflectInbound(appFetch: AppFetch, env: EmailEnv, ctx: ExecutionContext, messageId: string): Promise<ReflectResult> {
  try {
    const row = await env.DB.prepare(INBOUND_FOR_REFLECT).bind(messageId).first<StoredInbound>();
    const skip = notReflected(row, messageId);
    if (skip) return { status: "not_reflected", reason: skip };
    const input = {
      thread_id: row!.thread_id!,
      message_id: messageId,
      direction: "inbound",
      body: row!.text_body!.slice(0, REFLECT_TEXT_CHARS),
      ...(row!.contact_id ? { contact_id: row!.contact_id } : {}),
      ...(row!.company_id ? { company_id: row!.company_id } : {}),
      ...(row!.subject ? { subject: row!.subject.slice(0, REFLECT_SUBJECT_CHARS) } : {}),
    };
    const run = await internalFetch(appFetch, env, ctx, "POST", "/runs/wait", { assistant_id: "memory_reflect", input });
    if (!run.ok) {
      log("warn", "inbound_reflect_failed", { thread_id: input.thread_id, status: run.status, code: String(run.body.error ?? (run.body.__error__ as { error?: string } | undefined)?.error ?? "run_error") });
      return { status: "failed", error: run.error ?? `http_${run.status}` };
    }
    const out = run.body as { status: "written" | "duplicate" | "skipped"; written?: number; skip_reason?: string | null };
    log(out.status === "skipped" ? "warn" : "info", "inbound_reflect", { thread_id: input.thread_id, outcome: out.status, written: out.written ?? 0 });
    return { status: out.status, written: out.written ?? 0, skip_reason: out.skip_reason ?? null };
  } catch (e) {
    log("warn", "inbound_reflect_failed", { error: (e as Error)?.name ?? "Error" });
    return { status: "failed", error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

function notReflected(row: StoredInbound | null, messageId: string): (ReflectResult & { status: "not_reflected" })["reason"] | null {
  if (!row) return "not_stored";
  if (!row.thread_id) return "unmatched";
  if (!reflectsLabel(row.label)) return "label";
  if (!row.text_body?.trim()) return "no_text";
  if (messageId.length > MAX_MESSAGE_ID_CHARS) return "message_id_too_long";
  return null;
}
