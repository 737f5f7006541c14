import { recipientCountry as countryOf } from "./country-rules.ts";
import { StoredCampaignSettings, type CampaignSender, type CampaignSettings } from "./settings.ts";
import { isTimeZone } from "./time/zoned-time.ts";

/** Everything a campaign thread's nodes read about its campaign, mailbox, contact and company. */
export interface ThreadContext {
  readonly campaign: { readonly status: "active" | "paused" | "stopped"; readonly settings: CampaignSettings; readonly sender: CampaignSender };
  readonly mailbox: { readonly mailboxId: string; readonly address: string; readonly displayName: string | null; readonly dailyCap: number; readonly timezone: string };
  readonly contact: {
    readonly email: string;
    readonly firstName: string | null;
    readonly lastName: string | null;
    readonly title: string | null;
    readonly status: "active" | "bounced" | "unsubscribed";
    readonly timezone: string | null;
    /** ISO alpha-2 as stored (enrollment, enrichment), or null. */
    readonly country: string | null;
    /** A prior consent (opt-in) is recorded for the contact (`contacts.prior_consent_at`). */
    readonly priorConsent: boolean;
  };
  readonly company: {
    readonly name: string | null;
    readonly domain: string | null;
    readonly industry: string | null;
    readonly timezone: string | null;
    readonly country: string | null;
  };
}

/** A `SELECT_THREAD_CONTEXT` row. */
export interface ThreadContextRow {
  campaign_status: ThreadContext["campaign"]["status"];
  settings: string;
  mailbox_id: string;
  mailbox_address: string;
  mailbox_name: string | null;
  daily_cap: number;
  mailbox_timezone: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  contact_status: ThreadContext["contact"]["status"];
  contact_timezone: string | null;
  contact_country: string | null;
  prior_consent_at: string | null;
  company_name: string | null;
  company_domain: string | null;
  company_industry: string | null;
  company_timezone: string | null;
  company_country: string | null;
}

/**
 * Maps a context row; the settings JSON is parsed with its schema, so a
 * corrupted row fails the run loudly instead of sending with wrong settings.
 *
 * @example
 * threadContextOf(row).campaign.settings.max_touches; // 4
 */
export function threadContextOf(row: ThreadContextRow): ThreadContext {
  const stored = StoredCampaignSettings.parse(JSON.parse(row.settings));
  return {
    campaign: { status: row.campaign_status, settings: stored.settings, sender: stored.sender },
    mailbox: { mailboxId: row.mailbox_id, address: row.mailbox_address, displayName: row.mailbox_name, dailyCap: row.daily_cap, timezone: row.mailbox_timezone },
    contact: {
      email: row.email,
      firstName: row.first_name,
      lastName: row.last_name,
      title: row.title,
      status: row.contact_status,
      timezone: row.contact_timezone,
      country: row.contact_country,
      priorConsent: row.prior_consent_at !== null,
    },
    company: { name: row.company_name, domain: row.company_domain, industry: row.company_industry, timezone: row.company_timezone, country: row.company_country },
  };
}

/**
 * The zone the send window is read in: the contact's, else the company's,
 * else the mailbox's (each only if it is a zone this runtime knows), else UTC.
 *
 * @example
 * recipientTimeZone({ contact: { timezone: null }, company: { timezone: "Europe/Berlin" }, mailbox: { timezone: "UTC" } }); // "Europe/Berlin"
 */
export function recipientTimeZone(ctx: { contact: { timezone: string | null }; company: { timezone: string | null }; mailbox: { timezone: string } }): string {
  for (const zone of [ctx.contact.timezone, ctx.company.timezone, ctx.mailbox.timezone]) {
    if (zone && isTimeZone(zone)) return zone;
  }
  return "UTC";
}

/**
 * The country whose consent rule applies to the recipient: the contact's,
 * else the company's (as email_compose resolves it), or null when unknown.
 *
 * @example
 * recipientCountry({ contact: { country: null }, company: { country: "DE" } }); // "DE"
 */
export const recipientCountry = (ctx: { contact: { country: string | null }; company: { country: string | null } }): string | null =>
  countryOf(ctx.contact.country, ctx.company.country);

/**
 * The mailbox's zone for its daily cap, UTC when the stored one is unknown.
 *
 * @example
 * mailboxTimeZone({ mailbox: { timezone: "America/Los_Angeles" } }); // "America/Los_Angeles"
 */
export const mailboxTimeZone = (ctx: { mailbox: { timezone: string } }): string => (isTimeZone(ctx.mailbox.timezone) ? ctx.mailbox.timezone : "UTC");
