// Shared by the inbound tests: a campaign thread to reply to, its signed
// reply address, the .eml fixtures with that address filled in, and one
// delivery through handleInbound on the simulated clock.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import bounceDsn from "../../../test/fixtures/eml/bounce-dsn.eml?raw";
import forgedToken from "../../../test/fixtures/eml/forged-token.eml?raw";
import humanReply from "../../../test/fixtures/eml/human-reply.eml?raw";
import malformed from "../../../test/fixtures/eml/malformed.eml?raw";
import oooDe from "../../../test/fixtures/eml/ooo-de.eml?raw";
import oooEn from "../../../test/fixtures/eml/ooo-en.eml?raw";
import unsubscribeReply from "../../../test/fixtures/eml/unsubscribe-reply.eml?raw";
import { replyToken } from "../src/campaign/reply-token.ts";
import type { EmailEnv } from "../src/env.ts";
import { handleInbound, type InboundResult } from "../src/inbound/handle-inbound.ts";
import { contact, createCampaign, DAY, enroll, NOW, rows, testEnv, type App } from "./helpers.ts";

export const EML = { humanReply, unsubscribeReply, bounceDsn, oooEn, oooDe, forgedToken, malformed } as const;
export type Fixture = keyof typeof EML;

/** The receipt clock of the tests: a day after enrollment, before the second touch is due. */
export const RECEIVED = NOW + DAY;

/** A campaign with one enrolled contact (person1@example1.com, New York); its first touch is sent. */
export async function enrolledThread(app: App): Promise<{ campaignId: string; threadId: string; contactId: string }> {
  const campaignId = await createCampaign(app);
  const { body } = await enroll(app, campaignId, [contact(1)]);
  const threadId = body.enrolled[0].thread_id as string;
  const [row] = await rows<{ contact_id: string }>("SELECT contact_id FROM campaign_threads WHERE thread_id = ?", threadId);
  return { campaignId, threadId, contactId: row!.contact_id };
}

/** `reply+<token>@replies.localhost` of a thread, signed with the test secret. */
export const replyAddress = async (threadId: string): Promise<string> => `reply+${await replyToken(threadId, testEnv.REPLY_TOKEN_SECRET!)}@replies.localhost`;

/** A fixture's raw bytes with `{{REPLY_TO}}` filled in. */
export const fixtureBytes = (name: Fixture, replyTo: string): Uint8Array => new TextEncoder().encode(EML[name].replaceAll("{{REPLY_TO}}", replyTo));

/** One message through handleInbound, resuming threads through `app`. */
export async function deliver(app: App, raw: Uint8Array | string, to: string, env: EmailEnv = testEnv, now = RECEIVED): Promise<InboundResult> {
  const ctx = createExecutionContext();
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  const result = await handleInbound(bytes, { from: "person1@example1.com", to }, env, ctx, { appFetch: app.fetch, now });
  await waitOnExecutionContext(ctx);
  return result;
}

export const threadRow = (threadId: string) =>
  rows<{ status: string; stop_reason: string | null; wake_at: number | null; step: number }>("SELECT status, stop_reason, wake_at, step FROM campaign_threads WHERE thread_id = ?", threadId).then((r) => r[0]!);

export const inboundRows = () =>
  rows("SELECT message_id, thread_id, contact_id, from_address, subject, label, return_date, to_address, match_status, reason, stage, raw_size FROM inbound_messages ORDER BY received_at, message_id");

export const eventsOf = (threadId: string) =>
  rows<{ event_id: string; kind: string; label: string | null; data: string }>("SELECT event_id, kind, label, data FROM outcome_events WHERE thread_id = ? AND kind != 'sent' ORDER BY event_id", threadId).then((r) =>
    r.map((e) => ({ ...e, data: JSON.parse(e.data) as Record<string, unknown> })),
  );
