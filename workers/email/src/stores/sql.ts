// SQL of the campaign engine (schema: migrations/0005_sales_core.sql). The
// stores only bind values and map rows. Writes a node may repeat after a
// crash are idempotent: ON CONFLICT DO NOTHING, or UPDATEs that set values.

// ── Thread context (what guard and compose read) ─────────────────────────
export const SELECT_THREAD_CONTEXT = `
SELECT ca.status AS campaign_status, ca.settings,
       mb.mailbox_id, mb.address AS mailbox_address, mb.display_name AS mailbox_name,
       mb.daily_cap, mb.timezone AS mailbox_timezone,
       ct.email, ct.first_name, ct.last_name, ct.title, ct.status AS contact_status, ct.timezone AS contact_timezone,
       ct.country AS contact_country, ct.prior_consent_at,
       co.name AS company_name, co.domain AS company_domain, co.industry AS company_industry, co.timezone AS company_timezone,
       co.country AS company_country
  FROM campaigns ca
  JOIN mailboxes mb ON mb.mailbox_id = ca.mailbox_id
  JOIN contacts ct ON ct.contact_id = ?2
  LEFT JOIN companies co ON co.company_id = ct.company_id
 WHERE ca.campaign_id = ?1`;

// The row the cron and the API read; the lease columns belong to the consumer.
export const UPDATE_THREAD_ROW = `
UPDATE campaign_threads
   SET status = ?2, step = ?3, wake_at = ?4, stop_reason = ?5, updated_at = ?6
 WHERE thread_id = ?1`;

export const SET_THREAD_STEP = `UPDATE campaign_threads SET step = ?2, updated_at = ?3 WHERE thread_id = ?1`;

// Only an active contact is flagged: an unsubscribe is never downgraded to a bounce.
export const FLAG_CONTACT = `UPDATE contacts SET status = ?2, updated_at = ?3 WHERE contact_id = ?1 AND status = 'active'`;

// ── Send ledger ───────────────────────────────────────────────────────────
// No conflict target: the (campaign, contact, step) key and idempotency_key are both unique.
export const RESERVE_SEND = `
INSERT INTO send_ledger (campaign_id, contact_id, step, thread_id, mailbox_id, idempotency_key, status, created_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'reserved', ?7)
ON CONFLICT DO NOTHING`;

export const SELECT_LEDGER_ROW = `
SELECT campaign_id, contact_id, step, thread_id, mailbox_id, idempotency_key, status, provider,
       provider_message_id, message_id, sent_day, sent_at, created_at
  FROM send_ledger WHERE idempotency_key = ?1`;

export const MARK_SENT = `
UPDATE send_ledger
   SET status = 'sent', provider = ?2, provider_message_id = ?3, message_id = ?4, sent_day = ?5, sent_at = ?6
 WHERE idempotency_key = ?1 AND status != 'sent'`;

export const MARK_UNKNOWN = `UPDATE send_ledger SET status = 'unknown' WHERE idempotency_key = ?1 AND status = 'reserved'`;

// The daily cap counts what the mailbox actually sent on its local day.
export const COUNT_SENT_ON_DAY = `SELECT COUNT(*) AS n FROM send_ledger WHERE mailbox_id = ?1 AND sent_day = ?2 AND status = 'sent'`;

export const LEDGER_FOR_THREAD = `
SELECT step, status, provider, provider_message_id, message_id, sent_day, sent_at, created_at
  FROM send_ledger WHERE thread_id = ?1 ORDER BY step`;

// ── Outbox (the local sender) ─────────────────────────────────────────────
// Keyed by the idempotency key: a repeated send of the same touch is a no-op.
export const INSERT_OUTBOX = `
INSERT INTO outbox (idempotency_key, mailbox, to_address, subject, text_body, headers, created_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (idempotency_key) DO NOTHING`;

// ── Do-not-contact ────────────────────────────────────────────────────────
// Patterns cannot be indexed by address, so all of them are read and matched in code.
export const DNC_CANDIDATES = `
SELECT kind, value FROM do_not_contact
 WHERE (kind = 'address' AND value = ?1)
    OR (kind = 'domain' AND value IN (SELECT value FROM json_each(?2)))
    OR kind = 'pattern'`;

// The same for a batch of addresses (enrollment checks them all at once).
export const DNC_CANDIDATES_MANY = `
SELECT kind, value FROM do_not_contact
 WHERE (kind = 'address' AND value IN (SELECT value FROM json_each(?1)))
    OR (kind = 'domain' AND value IN (SELECT value FROM json_each(?2)))
    OR kind = 'pattern'`;

export const INSERT_DNC = `
INSERT INTO do_not_contact (kind, value, reason, source, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (kind, value) DO NOTHING`;

// ── Outcomes and replies ──────────────────────────────────────────────────
export const EVENTS_FOR_THREAD = `
SELECT event_id, kind, label, occurred_at, data FROM outcome_events WHERE thread_id = ?1 ORDER BY occurred_at, event_id`;

export const INBOUND_FOR_THREAD = `
SELECT message_id, from_address, subject, label, confidence, return_date, received_at
  FROM inbound_messages WHERE thread_id = ?1 ORDER BY received_at, message_id`;

// event_id is derived from the ledger key, so a repeated `record` lands once.
export const INSERT_EVENT = `
INSERT INTO outcome_events (event_id, thread_id, campaign_id, contact_id, kind, label, occurred_at, data, created_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (event_id) DO NOTHING`;
