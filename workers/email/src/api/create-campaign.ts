import { v5 as uuidv5 } from "uuid";
import { CAMPAIGN_ID_NAMESPACE } from "../campaign/thread-id.ts";
import type { CreateCampaignBody } from "./api-schemas.ts";
import { campaignOr404, type CampaignView } from "./campaign-reads.ts";
import { INSERT_CAMPAIGN, SELECT_MAILBOX_ID, UPSERT_MAILBOX } from "./sql.ts";

/** Stable id of a mailbox address, so two campaigns created at once agree on its row. */
const mailboxIdFor = (address: string) => `mb_${uuidv5(`mailbox:${address}`, CAMPAIGN_ID_NAMESPACE)}`;

/**
 * Creates a campaign and its mailbox (or updates the mailbox with the fields
 * given) in one batch, so a failure leaves neither.
 *
 * @example
 * const campaign = await createCampaign(env.DB, body, new Date());
 */
export async function createCampaign(db: D1Database, body: CreateCampaignBody, now: Date): Promise<CampaignView> {
  const { mailbox } = body;
  const existing = await db.prepare(SELECT_MAILBOX_ID).bind(mailbox.address).first<{ mailbox_id: string }>();
  const mailboxId = existing?.mailbox_id ?? mailboxIdFor(mailbox.address);
  const campaignId = `cmp_${crypto.randomUUID()}`;
  const ts = now.toISOString();
  await db.batch([
    db.prepare(UPSERT_MAILBOX).bind(mailboxId, mailbox.address, mailbox.display_name ?? null, mailbox.daily_cap ?? null, mailbox.timezone ?? null, ts),
    db.prepare(INSERT_CAMPAIGN).bind(campaignId, body.name, mailboxId, JSON.stringify({ settings: body.settings, sender: body.sender }), ts),
  ]);
  return campaignOr404(db, campaignId);
}
