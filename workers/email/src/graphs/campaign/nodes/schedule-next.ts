import { DAY_MS, gapBeforeTouch } from "../../../campaign/settings.ts";
import { recipientTimeZone } from "../../../campaign/thread-context.ts";
import { nextWindowSlot } from "../../../campaign/time/send-window.ts";
import { campaignNode } from "../campaign-node.ts";

/**
 * After a touch: `done` when it was the last, else the next touch's earliest
 * time (the cadence gap from this send) and the wake time, moved into the
 * recipient's send window so the cron wakes the thread when it can send.
 *
 * @example
 * graph.addNode("schedule_next", scheduleNext);
 */
export const scheduleNext = campaignNode("schedule_next", async (s, { services, threadId }) => {
  const ctx = await services.campaigns.context(s.campaign_id, s.contact_id);
  const { settings } = ctx.campaign;
  if (s.step >= settings.max_touches) {
    await services.campaigns.updateThread(threadId, { status: "done", step: s.step, wakeAt: null, stopReason: "max_touches" }, s.now);
    return { status: "done", stop_reason: "max_touches", wake_at: null, next_send_at: null, hold_reason: null };
  }
  const nextSendAt = (s.last_sent_at ?? s.now) + gapBeforeTouch(settings.cadence_days, s.step) * DAY_MS;
  const wakeAt = nextWindowSlot(nextSendAt, recipientTimeZone(ctx), settings.send_window);
  return { status: "waiting", next_send_at: nextSendAt, wake_at: wakeAt, hold_reason: "cadence", stop_reason: null };
});
