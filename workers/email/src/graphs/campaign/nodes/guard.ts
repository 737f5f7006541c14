import { guardDecision } from "../../../campaign/guard-decision.ts";
import { DAY_MS } from "../../../campaign/settings.ts";
import { mailboxTimeZone, recipientCountry, recipientTimeZone } from "../../../campaign/thread-context.ts";
import { localDay } from "../../../campaign/time/zoned-time.ts";
import { campaignNode } from "../campaign-node.ts";
import type { CampaignValues } from "../migrate-state.ts";

/**
 * Reads the facts (campaign, contact with its country and recorded consent,
 * do-not-contact, the mailbox's sends today) and applies the pure
 * `guardDecision`. They are read afresh before every touch, so a country
 * learnt after enrollment (enrichment) stops the thread before its next
 * send. A stop ends the thread here, so its row is written here; waits and
 * pauses are written by `wait`.
 *
 * @example
 * graph.addNode("guard", guard);
 */
export const guard = campaignNode("guard", async (s, { services, threadId }) => {
  const ctx = await services.campaigns.context(s.campaign_id, s.contact_id);
  const { settings } = ctx.campaign;
  const mailboxZone = mailboxTimeZone(ctx);
  const [dnc, sentToday] = await Promise.all([
    services.dnc.matchFor(ctx.contact.email),
    services.ledger.sentOnDay(ctx.mailbox.mailboxId, localDay(s.now, mailboxZone)),
  ]);
  // The first touch waits cadence_days[0] from enrollment; later ones keep the gap from the previous send.
  const nextSendAt = s.next_send_at ?? (s.step === 0 ? s.enrolled_at + (settings.cadence_days[0] ?? 0) * DAY_MS : null);
  const decision = guardDecision({
    now: s.now,
    signal: s.signal ?? { kind: "none" },
    campaignStatus: ctx.campaign.status,
    contactStatus: ctx.contact.status,
    dnc,
    country: recipientCountry(ctx),
    priorConsent: ctx.contact.priorConsent,
    step: s.step,
    maxTouches: settings.max_touches,
    nextSendAt,
    pausedUntil: s.paused_until,
    recipientTimeZone: recipientTimeZone(ctx),
    mailboxTimeZone: mailboxZone,
    window: settings.send_window,
    sentToday,
    dailyCap: ctx.mailbox.dailyCap,
  });

  let update: Partial<CampaignValues>;
  if (decision.action === "send") update = { status: "running", hold_reason: null, stop_reason: null };
  else if (decision.action === "wait") update = { status: "waiting", wake_at: decision.wake_at, hold_reason: decision.reason, stop_reason: null };
  else if (decision.action === "pause") update = { status: "paused", wake_at: null, hold_reason: null, stop_reason: decision.reason };
  else {
    update = { status: decision.status, wake_at: null, hold_reason: null, stop_reason: decision.reason, draft: null };
    await services.campaigns.updateThread(threadId, { status: decision.status, step: s.step, wakeAt: null, stopReason: decision.reason }, s.now);
  }
  return { decision, ...update };
});
