-- The sales domain: who we write to, from which mailbox, in which campaign,
-- what was sent, what came back, and who must never be contacted.
-- Timestamps: ISO-8601 UTC text; scheduling instants (wake_at, lease_until): ms since epoch.

CREATE TABLE companies (
  company_id     TEXT PRIMARY KEY,
  domain         TEXT NOT NULL UNIQUE,
  name           TEXT,
  hq_location    TEXT,
  country        TEXT,            -- ISO 3166-1 alpha-2 (country_classify)
  timezone       TEXT,            -- IANA zone, e.g. Europe/Berlin
  industry       TEXT,
  employee_count INTEGER,
  data           TEXT NOT NULL DEFAULT '{}',  -- enrichment record (fields with observed_at)
  source_url     TEXT,
  observed_at    TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE TABLE contacts (
  contact_id      TEXT PRIMARY KEY,
  company_id      TEXT REFERENCES companies (company_id),
  email           TEXT NOT NULL,   -- lower-cased
  first_name      TEXT,
  last_name       TEXT,
  title           TEXT,
  timezone        TEXT,            -- overrides the company's zone for send windows
  country         TEXT,
  status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'bounced', 'unsubscribed')),
  -- Provenance: where and when the address was found (GDPR Art. 14, complaints).
  source_url      TEXT,
  source_observed_at TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX contacts_by_email ON contacts (email);
CREATE INDEX contacts_by_company ON contacts (company_id);

-- The user's own mailboxes that outreach is sent from.
CREATE TABLE mailboxes (
  mailbox_id   TEXT PRIMARY KEY,
  address      TEXT NOT NULL UNIQUE,
  display_name TEXT,
  provider     TEXT NOT NULL CHECK (provider IN ('outbox', 'gmail', 'microsoft')),
  daily_cap    INTEGER NOT NULL DEFAULT 50 CHECK (daily_cap > 0),
  timezone     TEXT NOT NULL DEFAULT 'UTC',
  created_at   TEXT NOT NULL
);

CREATE TABLE campaigns (
  campaign_id TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'stopped')),
  mailbox_id  TEXT NOT NULL REFERENCES mailboxes (mailbox_id),
  settings    TEXT NOT NULL DEFAULT '{}',  -- max_touches, cadence_days, send_window, review policy
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- One durable LangGraph thread per (campaign, contact); thread_id = uuidv5("campaign-<campaign>-<contact>").
CREATE TABLE campaign_threads (
  thread_id   TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (campaign_id),
  contact_id  TEXT NOT NULL REFERENCES contacts (contact_id),
  status      TEXT NOT NULL DEFAULT 'waiting'
              CHECK (status IN ('waiting', 'review', 'paused', 'stopped', 'done', 'parked')),
  step        INTEGER NOT NULL DEFAULT 0,   -- touches sent so far
  wake_at     INTEGER,                      -- next resume instant; NULL when not waiting
  -- Cron lease: a thread is resumed only by the holder of an unexpired lease.
  lease_id    TEXT,
  lease_until INTEGER,
  failures    INTEGER NOT NULL DEFAULT 0,   -- consecutive failed resumes; parked at the limit
  last_error  TEXT,
  stop_reason TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (campaign_id, contact_id)
);
CREATE INDEX campaign_threads_due ON campaign_threads (status, wake_at);
CREATE INDEX campaign_threads_by_campaign ON campaign_threads (campaign_id, status);
CREATE INDEX campaign_threads_by_contact ON campaign_threads (contact_id);

-- Exactly-once sends: the row is reserved before the provider is called and
-- marked sent after; a resumed node finds it and never sends twice.
CREATE TABLE send_ledger (
  campaign_id         TEXT NOT NULL,
  contact_id          TEXT NOT NULL,
  step                INTEGER NOT NULL,
  thread_id           TEXT NOT NULL,
  mailbox_id          TEXT NOT NULL,
  idempotency_key     TEXT NOT NULL UNIQUE,
  status              TEXT NOT NULL CHECK (status IN ('reserved', 'sent', 'unknown')),
  provider            TEXT,
  provider_message_id TEXT,
  message_id          TEXT,                 -- RFC 5322 Message-ID, for In-Reply-To matching
  sent_day            TEXT,                 -- YYYY-MM-DD in the mailbox's zone, for the daily cap
  sent_at             TEXT,
  created_at          TEXT NOT NULL,
  PRIMARY KEY (campaign_id, contact_id, step)
);
CREATE INDEX send_ledger_by_mailbox_day ON send_ledger (mailbox_id, sent_day);
CREATE INDEX send_ledger_by_thread ON send_ledger (thread_id);

-- The local sender: messages land here instead of a mail provider.
CREATE TABLE outbox (
  idempotency_key TEXT PRIMARY KEY,
  mailbox         TEXT NOT NULL,
  to_address      TEXT NOT NULL,
  subject         TEXT NOT NULL,
  text_body       TEXT NOT NULL,
  headers         TEXT NOT NULL DEFAULT '{}',
  created_at      TEXT NOT NULL
);

CREATE TABLE do_not_contact (
  kind       TEXT NOT NULL CHECK (kind IN ('address', 'domain', 'pattern')),
  value      TEXT NOT NULL,   -- lower-cased address / registrable domain / glob like '*@gov.*'
  reason     TEXT NOT NULL,
  source     TEXT NOT NULL,   -- unsubscribe | bounce | manual | import
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, value)
);

CREATE TABLE inbound_messages (
  message_id   TEXT PRIMARY KEY,   -- RFC Message-ID, or a hash of the raw message when absent
  thread_id    TEXT,
  contact_id   TEXT,
  from_address TEXT NOT NULL,
  subject      TEXT,
  text_body    TEXT,
  label        TEXT,
  confidence   REAL,
  return_date  TEXT,               -- out-of-office return date when one was parsed
  received_at  TEXT NOT NULL
);
CREATE INDEX inbound_by_thread ON inbound_messages (thread_id, received_at);

-- Outcomes attached by thread id; event_id (a provider event id, or a derived
-- key) makes late and repeated events land once.
CREATE TABLE outcome_events (
  event_id    TEXT PRIMARY KEY,
  thread_id   TEXT,
  campaign_id TEXT,
  contact_id  TEXT,
  kind        TEXT NOT NULL CHECK (kind IN ('sent', 'delivered', 'bounced', 'replied', 'meeting_booked', 'unsubscribed', 'out_of_office')),
  label       TEXT,
  occurred_at TEXT NOT NULL,
  data        TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL
);
CREATE INDEX outcome_events_by_thread ON outcome_events (thread_id, occurred_at);
CREATE INDEX outcome_events_by_contact ON outcome_events (contact_id, kind);
