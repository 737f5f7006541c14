import { z } from "zod";
import { CampaignSender, CampaignSettings } from "../campaign/settings.ts";
import { isTimeZone } from "../campaign/time/zoned-time.ts";
import { OutreachCompany } from "../graphs/email-outreach/outreach-schemas.ts";

const TimeZone = z.string().trim().refine(isTimeZone, "not an IANA time zone (e.g. Europe/Berlin)");
const Email = z.email().max(320).transform((e) => e.toLowerCase());
const Name = z.string().trim().min(1).max(100);
/** ISO 3166-1 alpha-2, upper-cased (as email_compose takes it). */
const Country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code (e.g. DE)");

/**
 * A prior consent (opt-in) to cold email that the enrolling user holds for the
 * contact: where the country consent policy requires one (DE, AT, CA, AU), a
 * contact is enrolled and sent to only with it. Recorded once on the contact
 * (the first record is kept); leaving it out never withdraws a recorded one.
 */
export const PriorConsent = z.strictObject({
  /** How it was obtained, for an audit (e.g. "webinar sign-up form, opt-in box"). */
  source: z.string().trim().min(1).max(500),
  /** When the person gave it, if known: an ISO date or date-time. */
  given_at: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
});
export type PriorConsent = z.infer<typeof PriorConsent>;

/** Body of `POST /campaigns`. Settings left out take their defaults. */
export const CreateCampaignBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  mailbox: z.strictObject({
    address: Email,
    display_name: z.string().trim().min(1).max(200).optional(),
    daily_cap: z.int().min(1).max(5_000).optional(),
    timezone: TimeZone.optional(),
  }),
  settings: CampaignSettings.prefault({}),
  sender: CampaignSender,
});
export type CreateCampaignBody = z.infer<typeof CreateCampaignBody>;

/**
 * One contact to enroll; the company is found (or created) by domain. Stored
 * contacts and companies keep their values; `country` only fills a missing
 * one, and `prior_consent` is recorded when none is.
 */
export const EnrollContact = z.strictObject({
  email: Email,
  first_name: Name.optional(),
  last_name: Name.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  timezone: TimeZone.optional(),
  /** The contact's country; the company's applies when neither this nor a stored one is known. */
  country: Country.optional(),
  prior_consent: PriorConsent.optional(),
  company: z.strictObject({
    domain: OutreachCompany.shape.domain,
    name: z.string().trim().min(1).max(200).optional(),
    timezone: TimeZone.optional(),
    country: Country.optional(),
  }),
});
export type EnrollContact = z.infer<typeof EnrollContact>;

/** Contacts per enroll request: each starts a graph run inside the request. */
export const MAX_ENROLL = 100;

/** Body of `POST /campaigns/{id}/contacts`. `now` (ms) is the campaign clock of the first runs; default: the wall clock. */
export const EnrollBody = z.strictObject({
  contacts: z.array(EnrollContact).min(1).max(MAX_ENROLL),
  now: z.int().min(0).optional(),
});
export type EnrollBody = z.infer<typeof EnrollBody>;

/** Body of `POST /campaigns/{id}/pause|resume|stop` (optional). */
export const LifecycleBody = z.strictObject({ now: z.int().min(0).optional() });

export const THREAD_ROW_STATUSES = ["waiting", "review", "paused", "stopped", "done", "parked"] as const;

/** Query of `GET /campaigns/{id}/threads`. */
export const ThreadListQuery = z.strictObject({
  status: z.enum(THREAD_ROW_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
