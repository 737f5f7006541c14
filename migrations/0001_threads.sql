-- Threads of resumable graphs. The owning assistant is recorded at creation so
-- the dispatcher can route thread-scoped calls that carry no assistant id.
CREATE TABLE threads (
  thread_id     TEXT PRIMARY KEY,
  assistant_id  TEXT NOT NULL,
  metadata      TEXT NOT NULL DEFAULT '{}',
  status        TEXT NOT NULL DEFAULT 'idle' CHECK (status IN ('idle', 'busy', 'interrupted', 'error')),
  -- While status = 'busy': when the run's lease lapses (ms since epoch), so a
  -- crashed run cannot wedge its thread forever.
  lease_expires INTEGER,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX threads_by_assistant_status ON threads (assistant_id, status);
