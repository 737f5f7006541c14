import { ledgerKey } from "../../../campaign/ledger-action.ts";
import { campaignNode } from "../campaign-node.ts";

/**
 * Records the sent touch: a `sent` outcome event whose id is derived from the
 * ledger key (a repeat lands once) and the thread row's step. The subject is
 * kept so later touches never reuse it.
 *
 * @example
 * graph.addNode("record", record);
 */
export const record = campaignNode("record", async (s, { services, threadId }) => {
  const key = ledgerKey(threadId, s.step);
  await services.events.record({
    eventId: `sent:${key}`,
    threadId,
    campaignId: s.campaign_id,
    contactId: s.contact_id,
    kind: "sent",
    label: null,
    occurredAt: s.last_sent_at ?? s.now,
    data: { step: s.step, ledger_key: key },
  });
  const step = s.step + 1;
  await services.campaigns.setStep(threadId, step, s.now);
  return { step, previous_subjects: [...s.previous_subjects, s.draft?.subject ?? ""].filter(Boolean), draft: null, send_outcome: null };
});
