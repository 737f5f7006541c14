// SQL of the inbound pipeline (schema: migrations/0005_sales_core.sql + 0008_inbound_pipeline.sql).

export const INBOUND_EXISTS = `SELECT 1 AS found FROM inbound_messages WHERE message_id = ?1`;

// Keyed by Message-ID (or the raw message's hash): a redelivered message, or
// the same reply relayed twice, lands once.
export const INSERT_INBOUND = `
INSERT INTO inbound_messages (message_id, thread_id, contact_id, from_address, subject, text_body, label, confidence,
                              return_date, received_at, to_address, match_status, reason, stage, raw_size)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
ON CONFLICT (message_id) DO NOTHING`;

// What memory_reflect needs of a stored message (thread_id is NULL when unmatched), and its contact's company.
export const INBOUND_FOR_REFLECT = `
SELECT m.thread_id, m.contact_id, c.company_id, m.label, m.subject, m.text_body
  FROM inbound_messages m LEFT JOIN contacts c ON c.contact_id = m.contact_id
 WHERE m.message_id = ?1`;
