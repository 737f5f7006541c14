import { ledgerAction, ledgerKey } from "../../../campaign/ledger-action.ts";
import { buildOutreachMessage } from "../../../campaign/outreach-message.ts";
import { replyToken, unsubscribeToken } from "../../../campaign/reply-token.ts";
import { mailboxTimeZone } from "../../../campaign/thread-context.ts";
import { localDay } from "../../../campaign/time/zoned-time.ts";
import { unsubscribeBaseProblem } from "../../../env.ts";
import { campaignNode } from "../campaign-node.ts";

/**
 * Sends the touch exactly once, through the send ledger: the (campaign,
 * contact, step) row is reserved BEFORE the sender is called, and marked sent
 * after the provider accepted. What a re-run finds decides (`ledgerAction`):
 * already sent → skip; reserved by a crashed attempt → re-send only through
 * an idempotent sender, else mark `unknown` and pause for a human.
 *
 * @example
 * graph.addNode("send_touch", sendTouch);
 */
export const sendTouch = campaignNode("send_touch", async (s, { services, threadId }) => {
  const draft = s.draft;
  if (!draft || draft.step !== s.step) throw new Error(`campaign: send_touch reached without a draft for step ${s.step}`);
  const ctx = await services.campaigns.context(s.campaign_id, s.contact_id);
  const { links, replyTokenSecret: secret } = services;

  // The message is complete before anything is reserved, so a configuration
  // error (no secret, an http unsubscribe URL) fails closed without leaving a
  // reservation that would later read as an interrupted send.
  const problem = unsubscribeBaseProblem(links.publicBaseUrl);
  if (problem) throw new Error(`campaign: ${problem}`);
  const message = buildOutreachMessage({
    from: { address: ctx.mailbox.address, name: ctx.mailbox.displayName },
    to: ctx.contact.email,
    subject: draft.subject,
    body: draft.body,
    sender: ctx.campaign.sender,
    unsubscribeUrl: `${links.publicBaseUrl}/unsubscribe?token=${await unsubscribeToken(threadId, secret)}`,
    replyTo: `reply+${await replyToken(threadId, secret)}@${links.replyDomain}`,
    now: s.now,
  });

  const key = ledgerKey(threadId, s.step);
  const reservedNow = await services.ledger.reserve(
    { campaignId: s.campaign_id, contactId: s.contact_id, step: s.step, threadId, mailboxId: ctx.mailbox.mailboxId, key },
    s.now,
  );
  const row = await services.ledger.row(key);
  if (!row) throw new Error(`campaign: send ledger row "${key}" vanished after its reservation`);

  const action = ledgerAction(row.status, { reservedNow, idempotentSender: services.sender.idempotent });
  if (action === "already_sent") return { send_outcome: "already_sent", last_sent_at: row.sent_at ? Date.parse(row.sent_at) : s.now };
  if (action === "mark_unknown" || action === "unknown") {
    if (action === "mark_unknown") await services.ledger.markUnknown(key);
    return { send_outcome: "unknown", status: "paused", wake_at: null, hold_reason: null, stop_reason: "send_outcome_unknown" };
  }

  const receipt = await services.sender.send(message, key);
  await services.hooks?.afterSend?.(key);
  await services.ledger.markSent(key, receipt, localDay(s.now, mailboxTimeZone(ctx)), s.now);
  return { send_outcome: "sent", last_sent_at: s.now };
});
