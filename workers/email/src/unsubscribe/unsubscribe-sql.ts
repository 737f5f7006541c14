// SQL of opt-outs (schema: migrations/0005_sales_core.sql). Every statement
// is idempotent, so a repeated unsubscribe (a client retrying the POST, a
// reply after the click) changes nothing the second time.

export const THREAD_CONTACT = `
SELECT th.thread_id, th.campaign_id, th.contact_id, th.status, ct.email
  FROM campaign_threads th JOIN contacts ct ON ct.contact_id = th.contact_id
 WHERE th.thread_id = ?1`;

export const INSERT_DNC_ADDRESS = `
INSERT INTO do_not_contact (kind, value, reason, source, created_at) VALUES ('address', lower(?1), ?2, 'unsubscribe', ?3)
ON CONFLICT (kind, value) DO NOTHING`;

// An opt-out outranks a bounce: the person asked, which is the fact that must
// survive (CAN-SPAM, GDPR Art. 21); only an existing opt-out is left alone.
export const MARK_UNSUBSCRIBED = `UPDATE contacts SET status = 'unsubscribed', updated_at = ?2 WHERE contact_id = ?1 AND status != 'unsubscribed'`;

// Every unfinished thread of the contact, in every campaign, stops now; the
// cron only resumes `waiting` rows, and a run already in flight meets the
// contact status and the do-not-contact row in its next guard. The lease goes
// too, so a queued resume of the thread finds it stale.
export const STOP_CONTACT_THREADS = `
UPDATE campaign_threads
   SET status = 'stopped', stop_reason = 'unsubscribed', wake_at = NULL, lease_id = NULL, lease_until = NULL, updated_at = ?2
 WHERE contact_id = ?1 AND status IN ('waiting', 'paused', 'review', 'parked')`;
