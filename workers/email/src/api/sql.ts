// SQL of the campaign API (schema: migrations/0005_sales_core.sql).

export const SELECT_CAMPAIGN = `
SELECT ca.campaign_id, ca.name, ca.status, ca.settings, ca.created_at, ca.updated_at,
       mb.mailbox_id, mb.address, mb.display_name, mb.daily_cap, mb.timezone
  FROM campaigns ca JOIN mailboxes mb ON mb.mailbox_id = ca.mailbox_id
 WHERE ca.campaign_id = ?1`;

export const SELECT_MAILBOX_ID = `SELECT mailbox_id FROM mailboxes WHERE address = ?1`;

// A mailbox is the user's, shared by campaigns: fields given in this request
// update it; fields left out keep their stored values.
export const UPSERT_MAILBOX = `
INSERT INTO mailboxes (mailbox_id, address, display_name, provider, daily_cap, timezone, created_at)
VALUES (?1, ?2, ?3, 'outbox', COALESCE(?4, 50), COALESCE(?5, 'UTC'), ?6)
ON CONFLICT (address) DO UPDATE SET
  display_name = COALESCE(?3, display_name),
  daily_cap    = COALESCE(?4, daily_cap),
  timezone     = COALESCE(?5, timezone)`;

export const INSERT_CAMPAIGN = `
INSERT INTO campaigns (campaign_id, name, status, mailbox_id, settings, created_at, updated_at)
VALUES (?1, ?2, 'active', ?3, ?4, ?5, ?5)`;

export const SET_CAMPAIGN_STATUS = `UPDATE campaigns SET status = ?2, updated_at = ?3 WHERE campaign_id = ?1`;

// ── Enrollment: reads first, then one batch of idempotent writes ─────────
// A stored contact comes with its own company (which may differ from the
// request's domain): the consent policy resolves its country from there.
export const CONTACTS_BY_EMAIL = `
SELECT ct.contact_id, ct.email, ct.status, ct.country, ct.prior_consent_at,
       co.company_id, co.domain AS company_domain, co.country AS company_country
  FROM contacts ct LEFT JOIN companies co ON co.company_id = ct.company_id
 WHERE ct.email IN (SELECT value FROM json_each(?1))`;

export const COMPANIES_BY_DOMAIN = `
SELECT company_id, domain, country FROM companies WHERE domain IN (SELECT value FROM json_each(?1))`;

export const INSERT_COMPANY = `
INSERT INTO companies (company_id, domain, name, timezone, created_at, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?5)
ON CONFLICT (domain) DO NOTHING`;

export const INSERT_CONTACT = `
INSERT INTO contacts (contact_id, company_id, email, first_name, last_name, title, timezone, created_at, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
ON CONFLICT (email) DO NOTHING`;

// Fill-only writes, after the inserts (so on new rows, stored rows and rows a
// concurrent enrollment inserted first alike): a stored country or consent is
// never overwritten, and repeating them changes nothing.
export const FILL_COMPANY_COUNTRY = `
UPDATE companies SET country = ?2, updated_at = ?3 WHERE domain = ?1 AND (country IS NULL OR trim(country) = '')`;

export const FILL_CONTACT_COUNTRY = `
UPDATE contacts SET country = ?2, updated_at = ?3 WHERE email = ?1 AND (country IS NULL OR trim(country) = '')`;

export const RECORD_PRIOR_CONSENT = `
UPDATE contacts SET prior_consent_at = ?4, prior_consent_source = ?2, prior_consent_given_at = ?3, updated_at = ?4
 WHERE email = ?1 AND prior_consent_at IS NULL`;

// wake_at: a grace after enrollment, so the cron resumes a thread only if its
// first run (started by the enroll request itself) failed to reschedule it.
export const INSERT_CAMPAIGN_THREAD = `
INSERT INTO campaign_threads (thread_id, campaign_id, contact_id, status, step, wake_at, created_at, updated_at)
VALUES (?1, ?2, ?3, 'waiting', 0, ?4, ?5, ?5)
ON CONFLICT DO NOTHING`;

// ── Lifecycle ─────────────────────────────────────────────────────────────
export const PAUSE_THREADS = `
UPDATE campaign_threads SET status = 'paused', wake_at = NULL, stop_reason = 'campaign_paused', updated_at = ?2
 WHERE campaign_id = ?1 AND status = 'waiting'`;

// Resuming also retries parked threads, with a clean failure count.
export const RESUME_THREADS = `
UPDATE campaign_threads
   SET status = 'waiting', wake_at = ?2, stop_reason = NULL, failures = 0, last_error = NULL, updated_at = ?3
 WHERE campaign_id = ?1 AND ((status = 'paused' AND stop_reason = 'campaign_paused') OR status = 'parked')`;

export const STOP_THREADS = `
UPDATE campaign_threads SET status = 'stopped', wake_at = NULL, stop_reason = 'campaign_stopped', updated_at = ?2
 WHERE campaign_id = ?1 AND status IN ('waiting', 'paused', 'review', 'parked')`;

// ── Views ─────────────────────────────────────────────────────────────────
const THREAD_COLUMNS = `
SELECT th.thread_id, th.contact_id, ct.email, th.status, th.step, th.wake_at, th.stop_reason,
       th.failures, th.last_error, th.created_at, th.updated_at
  FROM campaign_threads th JOIN contacts ct ON ct.contact_id = th.contact_id`;

export const LIST_THREADS = `${THREAD_COLUMNS}
 WHERE th.campaign_id = ?1 AND (?2 IS NULL OR th.status = ?2)
 ORDER BY th.created_at, ct.email
 LIMIT ?3 OFFSET ?4`;

export const SELECT_CAMPAIGN_THREAD = `${THREAD_COLUMNS}
 WHERE th.campaign_id = ?1 AND th.thread_id = ?2`;

export const THREADS_BY_ID = `${THREAD_COLUMNS}
 WHERE th.thread_id IN (SELECT value FROM json_each(?1))`;
