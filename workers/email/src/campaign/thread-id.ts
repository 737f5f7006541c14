import { v5 as uuidv5 } from "uuid";

/**
 * UUIDv5 namespace of every id this worker derives (campaign threads,
 * contacts, companies). Generated once at random; it must never change:
 * a new namespace gives every (campaign, contact) a new thread id, orphaning
 * the running threads and re-sending their touches under new ledger keys.
 */
export const CAMPAIGN_ID_NAMESPACE = "adef2f5d-0473-4d1e-966f-11177772ef76";

/**
 * The readable key of a campaign thread, kept in the thread's metadata.
 *
 * @example
 * campaignThreadKey("cmp_1", "ct_9"); // "campaign-cmp_1-ct_9"
 */
export const campaignThreadKey = (campaignId: string, contactId: string): string => `campaign-${campaignId}-${contactId}`;

/**
 * The LangGraph thread id of a (campaign, contact): UUIDv5 of its readable
 * key, so enrolling twice, the cron and the API all name the same thread.
 *
 * @example
 * campaignThreadId("cmp_1", "ct_9"); // always the same UUID, e.g. "3f…-5…"
 */
export const campaignThreadId = (campaignId: string, contactId: string): string =>
  uuidv5(campaignThreadKey(campaignId, contactId), CAMPAIGN_ID_NAMESPACE);

/**
 * Stable contact id of a (lower-cased) address, so concurrent enrollments of
 * the same person agree on the row they create.
 *
 * @example
 * contactIdFor("ada@example.com"); // "ct_…" (same every time)
 */
export const contactIdFor = (email: string): string => `ct_${uuidv5(`contact:${email.toLowerCase()}`, CAMPAIGN_ID_NAMESPACE)}`;

/**
 * Stable company id of a (lower-cased) domain.
 *
 * @example
 * companyIdFor("example.com"); // "co_…"
 */
export const companyIdFor = (domain: string): string => `co_${uuidv5(`company:${domain.toLowerCase()}`, CAMPAIGN_ID_NAMESPACE)}`;
