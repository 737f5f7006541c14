-- Per-contact memory: short facts distilled from mail (memory_reflect) or
-- written by people, recalled into prompts by trust tier (email_compose,
-- email_reply). Timestamps: ISO-8601 UTC text, like 0005_sales_core.sql.

CREATE TABLE memory_items (
  id          TEXT PRIMARY KEY,
  contact_id  TEXT,
  company_id  TEXT,
  thread_id   TEXT,
  message_id  TEXT,   -- the message the fact was distilled from (NULL for a human note)
  kind        TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('role_change', 'timing', 'interest', 'note')),
  fact        TEXT NOT NULL,
  -- Trust tier: only sent_email, human_note and graph_derived are recalled into
  -- any prompt; inbound_unverified (text an outsider wrote) only into graphs a
  -- human reviews before send (shared/src/gateway/trust/memory-sources.ts).
  source      TEXT NOT NULL CHECK (source IN ('sent_email', 'human_note', 'graph_derived', 'inbound_unverified')),
  created_at  TEXT NOT NULL
);
-- recall: a contact's facts, and its company's, newest first.
CREATE INDEX memory_items_by_contact ON memory_items (contact_id, created_at);
CREATE INDEX memory_items_by_company ON memory_items (company_id, created_at);

-- One row per reflected (thread, message): memory_reflect's idempotency key.
-- Written in the same D1 batch as the facts, after them, and every fact insert
-- is guarded by NOT EXISTS on this row, so a retried or concurrent reflect of
-- the same message writes its facts exactly once (D1 runs a batch as one
-- transaction, and writers are serialised).
CREATE TABLE memory_reflections (
  thread_id  TEXT NOT NULL,
  message_id TEXT NOT NULL,
  facts      INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (thread_id, message_id)
);
