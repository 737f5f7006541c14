import { replySignalOf } from "../../../campaign/reply-signal.ts";
import { recipientTimeZone } from "../../../campaign/thread-context.ts";
import { parseLocalDate, zonedTimeToUtc } from "../../../campaign/time/zoned-time.ts";
import { campaignNode } from "../campaign-node.ts";

/**
 * Reads what came back on the thread and records its consequences: a bounce
 * flags the contact, an unsubscribe adds the address to do-not-contact (and
 * flags the contact), an out-of-office with a return date holds the thread
 * until the start of that day in the recipient's zone. The stop itself is
 * the guard's decision, made from the `signal` left here. All writes are
 * idempotent, so a re-run after a crash changes nothing.
 *
 * @example
 * graph.addNode("check_reply", checkReply);
 */
export const checkReply = campaignNode("check_reply", async (s, { services, threadId }) => {
  const { events, inbound } = await services.events.forThread(threadId);
  const signal = replySignalOf(events, inbound);
  let pausedUntil = s.paused_until;
  if (signal.kind === "bounced") {
    await services.campaigns.flagContact(s.contact_id, "bounced", s.now);
  } else if (signal.kind === "unsubscribed") {
    const ctx = await services.campaigns.context(s.campaign_id, s.contact_id);
    await services.dnc.add({ kind: "address", value: ctx.contact.email }, `unsubscribed (campaign ${s.campaign_id})`, "unsubscribe", s.now);
    await services.campaigns.flagContact(s.contact_id, "unsubscribed", s.now);
  } else if (signal.kind === "out_of_office") {
    const date = parseLocalDate(signal.return_date);
    if (date) {
      const ctx = await services.campaigns.context(s.campaign_id, s.contact_id);
      pausedUntil = zonedTimeToUtc(date, 0, 0, recipientTimeZone(ctx));
    }
  }
  return { signal, paused_until: pausedUntil };
});
